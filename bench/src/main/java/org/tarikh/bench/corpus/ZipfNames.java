package org.tarikh.bench.corpus;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Generated Kazakh names with the shape of real name statistics (generator version 2, shared by the resolution
 * and the reconciliation benchmarks): surnames by a Zipf–Mandelbrot distribution, P(rank r) ∝ 1/(r + 10), over
 * {@value #SURNAMES} stems, each rank always the same stem, the family ending ({@code -ов}, {@code -ев},
 * {@code -ұлы} or none) varying by person; given names P(r) ∝ 1/(r + 5) over 100 common men's names of the period;
 * the twenty best-known persons of note first among the persons of note. {@code ResolutionBenchmark}'s class
 * comment says why these distributions.
 *
 * <p>Ordinary person {@code n} always has the same name for one seed; persons of note past the twenty are persons
 * of their own, numbered after the {@code pool} ordinary ones. Pure functions of the seed, thread-safe.
 */
public final class ZipfNames {
    /** Surname stems the distribution draws from. */
    public static final int SURNAMES = 60_000;
    // Syllables of generated Kazakh surnames: a stem of two or three syllables, then a family ending. Rank r of the
    // surname distribution always gives the same stem (Generator#surname); there are far more stems than ranks used.
    private static final String[] ONSETS = {"Жақ", "Нұр", "Сей", "Ер", "Тұр", "Ом", "Қо", "Ду", "Бай", "Әбі", "Мұ", "Қа",
            "Са", "Тө", "Жү", "Ай", "Шо", "Бі", "Ке", "Ыс", "Ах", "Ас", "Бе", "Ға", "Да", "Есен", "Жа", "Із", "Құ", "Ма",
            "На", "Ор", "Рах", "Сұл", "Та", "Үм", "Ха", "Шай", "Ыб", "Әл"};
    private static final String[] MIDDLES = {"сы", "ма", "ғам", "іт", "ли", "ға", "сын", "ар", "жа", "лат", "рат", "қы",
            "ман", "бол", "те", "ғұл", "мыр", "сар", "тай", "ке", "бер", "ден", "зақ", "кен", "лым", "мен", "нақ", "пей",
            "рым", "сақ", "тым", "ұр", "хан", "шар", "ыл", "жан", "ділд", "қар", "лес", "нұр"};
    private static final String[] STEM_ENDS = {"", "бек", "бай", "құл", "жан", "ғали", "бай", "кен"};
    private static final String[] FAMILY_ENDS = {"ов", "ев", "ұлы", "ов", "ов", "ев", ""};
    // Given names: a list of the period's common men's names, drawn by a Zipf distribution too (below).
    private static final String[] GIVEN = {"Ахмет", "Асқар", "Бейсен", "Ғабит", "Дәулет", "Ерлан", "Жұмабек", "Ілияс",
            "Қайрат", "Мағжан", "Нұрлан", "Оспан", "Сағат", "Талғат", "Үсен", "Шәкен", "Әлихан", "Міржақып", "Тұрар",
            "Смағұл", "Халел", "Абдолла", "Әбілқайыр", "Байжан", "Бекет", "Дінмұхамед", "Ержан", "Есенгелді", "Жақып",
            "Жүсіп", "Зейнолла", "Ибраһим", "Исатай", "Қасым", "Құрманғали", "Мұхтар", "Мырзағали", "Нығмет", "Омар",
            "Рақымжан", "Сабыр", "Сұлтан", "Тоқтар", "Төлеген", "Уәли", "Хамит", "Шаймерден", "Ыбырай", "Әбдірахман",
            "Серік", "Ғани", "Бақыт", "Қажымұқан", "Темірбек", "Сейітқали", "Мұса", "Жапар", "Қадыр", "Сәрсен",
            "Әміре", "Базарбай", "Досан", "Елубай", "Жолдыбай", "Иса", "Күзембай", "Лұқпан", "Махмуд", "Нұрмағамбет",
            "Орынбай", "Өтеген", "Пірмағамбет", "Рысбек", "Сәду", "Тұрлыбек", "Хасен", "Шәріп", "Ысқақ", "Айдархан",
            "Бегалы", "Бүркіт", "Ғалым", "Дүйсен", "Есім", "Жанайдар", "Зікірия", "Қали", "Мәлік", "Нәби", "Оразбай",
            "Сапар", "Тасбол", "Ұзақ", "Файзолла", "Хайролла", "Шоқан", "Әлім", "Сүлеймен", "Тілеуберді", "Жаманқара"};
    private static final String[][] FAMOUS = {{"Сейфуллин", "Сәкен"}, {"Байтұрсынов", "Ахмет"}, {"Бөкейханов", "Әлихан"},
            {"Дулатов", "Міржақып"}, {"Жұмабаев", "Мағжан"}, {"Рысқұлов", "Тұрар"}, {"Аймауытов", "Жүсіпбек"},
            {"Майлин", "Бейімбет"}, {"Жансүгіров", "Ілияс"}, {"Голощёкин", "Филипп"}, {"Садуақасов", "Смағұл"},
            {"Досмұхамедов", "Халел"}, {"Қожанов", "Сұлтанбек"}, {"Асфендияров", "Санжар"}, {"Тынышбаев", "Мұхамеджан"},
            {"Ермеков", "Әлімхан"}, {"Қадырбаев", "Сейдалы"}, {"Кенжин", "Әбдірахман"}, {"Мыңбаев", "Жанайдар"},
            {"Нұрмақов", "Нығмет"}};

    private final int pool;
    private final long seed;
    private final Zipf surnames = new Zipf(SURNAMES, 1.0, 10);
    private final Zipf givenNames = new Zipf(GIVEN.length, 1.0, 5);

    /**
     * @param pool the number of ordinary persons: persons of note past the twenty famous ones are numbered after them
     */
    public ZipfNames(int pool, long seed) {
        this.pool = pool;
        this.seed = seed;
    }

    /** The twenty best-known persons of note, {surname, given name}, most named first. */
    public static int famous() {
        return FAMOUS.length;
    }

    /** Ordinary person {@code n}: {surname, given name} drawn from their distributions, always the same. */
    public String[] person(int n) {
        SplittableRandom r = new SplittableRandom(seed ^ (n * 0x9E3779B97F4A7C15L));
        return new String[] {surname(surnames.sample(r), r), GIVEN[givenNames.sample(r)]};
    }

    /** Person of note of popularity rank {@code rank}: the twenty best known first, then generated ones. */
    public String[] notable(int rank) {
        if (rank < FAMOUS.length) return FAMOUS[rank].clone();
        return person(pool + rank); // beyond the ordinary persons' numbers: persons of their own
    }

    /** The surname of rank {@code rank}: its stem is fixed by the rank, the family ending drawn from {@code r}. */
    public String surname(int rank, SplittableRandom r) {
        return stem(rank) + FAMILY_ENDS[r.nextInt(FAMILY_ENDS.length)];
    }

    /** The stem of the surname of rank {@code rank} (any rank, also past {@value #SURNAMES}: no archive holds those). */
    public String stem(int rank) {
        SplittableRandom stem = new SplittableRandom(seed * 31 + rank * 0xBF58476D1CE4E5B9L);
        return ONSETS[stem.nextInt(ONSETS.length)] + MIDDLES[stem.nextInt(MIDDLES.length)]
                + (stem.nextInt(3) == 0 ? MIDDLES[stem.nextInt(MIDDLES.length)] : "") + STEM_ENDS[stem.nextInt(STEM_ENDS.length)];
    }

    /** A given name drawn from the given-name distribution. */
    public String givenName(SplittableRandom r) {
        return GIVEN[givenNames.sample(r)];
    }

    /** The share of persons whose surname has rank 0. */
    public double commonestSurnameShare() {
        return surnames.share(0);
    }

    /** The share of persons with the commonest given name. */
    public double commonestGivenNameShare() {
        return givenNames.share(0);
    }

    /** Ranks 0..n-1 drawn with P(r) ∝ 1/(r + 1 + q)^s, by inverting the cumulative sums. */
    public static final class Zipf {
        private final double[] cumulative;

        public Zipf(int n, double s, double q) {
            cumulative = new double[n];
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += 1 / Math.pow(r + 1 + q, s);
                cumulative[r] = sum;
            }
            for (int r = 0; r < n; r++) cumulative[r] /= sum;
        }

        public int sample(SplittableRandom random) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
        }

        /** The share of rank {@code r}. */
        public double share(int r) {
            return cumulative[r] - (r == 0 ? 0 : cumulative[r - 1]);
        }
    }
}
