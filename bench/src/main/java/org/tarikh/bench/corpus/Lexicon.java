package org.tarikh.bench.corpus;

import java.util.List;

/**
 * The word lists and sentence templates of one language of the generated corpus, written for this benchmark: the
 * vocabulary of Kazakhstan's history 1917-1950s (collectivisation, the famine, the repressions, Alash Orda) in
 * archival and memoir registers. Facts of the period (names, places, institutions) carry over; the sentences are
 * synthetic and their combinations are not historical claims.
 *
 * <p>Template slots: {@code {person}}, {@code {person.gen}} (Kazakh genitive), {@code {place}},
 * {@code {place.loc}} (Kazakh locative), {@code {date}}, {@code {year}}, {@code {num}}, {@code {term}},
 * {@code {org}}, {@code {ref}} (an archival reference).
 *
 * @param titles    document titles (kind of record)
 * @param templates sentences with slots
 * @param fillers   fixed sentences
 * @param terms     the period's topics, in the form the templates need (nominative; English as a noun phrase)
 * @param orgs      institutions (Russian: in the genitive, as the templates use them)
 * @param headings  section headings for Markdown documents
 * @param months    month names as dates write them (Russian: genitive)
 */
public record Lexicon(List<String> titles, List<String> templates, List<String> fillers, List<String> terms,
                      List<String> orgs, List<String> headings, List<String> months) {
    public Lexicon {
        titles = List.copyOf(titles);
        templates = List.copyOf(templates);
        fillers = List.copyOf(fillers);
        terms = List.copyOf(terms);
        orgs = List.copyOf(orgs);
        headings = List.copyOf(headings);
        months = List.copyOf(months);
        if (months.size() != 12) throw new IllegalArgumentException("12 months expected, got " + months.size());
    }

    public static Lexicon of(Language language) {
        return switch (language) {
            case KK -> KAZAKH;
            case RU -> RUSSIAN;
            case EN -> ENGLISH;
        };
    }

    /**
     * A person of the period in the spellings the three languages use.
     *
     * @param kazakh  Kazakh Cyrillic spellings (full name first)
     * @param russian Russian spellings
     * @param latin   Latin spellings found in English-language literature
     */
    public record Person(List<String> kazakh, List<String> russian, List<String> latin) {
        public Person {
            kazakh = List.copyOf(kazakh);
            russian = List.copyOf(russian);
            latin = List.copyOf(latin);
            if (kazakh.isEmpty() || russian.isEmpty() || latin.isEmpty()) {
                throw new IllegalArgumentException("every script needs a spelling: " + kazakh + russian + latin);
            }
        }
    }

    /** A place in Kazakh, Russian (often the period's name) and Latin spellings. */
    public record Place(String kazakh, List<String> russian, List<String> latin) {
        public Place {
            russian = List.copyOf(russian);
            latin = List.copyOf(latin);
        }
    }

    public static final List<Person> PERSONS = List.of(
            new Person(List.of("Сәкен Сейфуллин", "С. Сейфуллин", "Сейфуллин"),
                    List.of("Сакен Сейфуллин", "С. Сейфуллин", "Сейфуллин С."),
                    List.of("Saken Seifullin", "S. Seyfullin", "Seifullin")),
            new Person(List.of("Әлихан Бөкейхан", "Ә. Бөкейханов", "Бөкейхан"),
                    List.of("Алихан Букейханов", "А. Н. Букейханов", "Бокейханов"),
                    List.of("Alikhan Bukeikhanov", "Alikhan Bokeikhan", "Bukeykhanov")),
            new Person(List.of("Ахмет Байтұрсынұлы", "А. Байтұрсынов", "Байтұрсынұлы"),
                    List.of("Ахмет Байтурсынов", "А. Байтурсунов", "Байтурсынов"),
                    List.of("Akhmet Baitursynuly", "Akhmet Baitursynov", "Baytursynov")),
            new Person(List.of("Міржақып Дулатұлы", "М. Дулатов", "Дулатұлы"),
                    List.of("Миржакип Дулатов", "Мир-Якуб Дулатов", "Дулатов"),
                    List.of("Mirzhakyp Dulatov", "Mir-Yakub Dulatov", "Dulatuly")),
            new Person(List.of("Жүсіпбек Аймауытұлы", "Ж. Аймауытов", "Аймауытов"),
                    List.of("Жусупбек Аймаутов", "Ж. Аймауытов", "Аймаутов"),
                    List.of("Zhusipbek Aimauytov", "Aymauytov", "Aimautov")),
            new Person(List.of("Мағжан Жұмабаев", "М. Жұмабаев"),
                    List.of("Магжан Жумабаев", "М. Жумабаев"),
                    List.of("Magzhan Zhumabayev", "Magzhan Zhumabaev")),
            new Person(List.of("Тұрар Рысқұлов", "Т. Рысқұлов", "Рысқұлов"),
                    List.of("Турар Рыскулов", "Т. Р. Рыскулов", "Рыскулов"),
                    List.of("Turar Ryskulov", "T. Ryskulov", "Ryskulov")),
            new Person(List.of("Филипп Голощекин", "Ф. Голощёкин", "Голощекин"),
                    List.of("Филипп Голощёкин", "Ф. И. Голощёкин", "Голощекин"),
                    List.of("Filipp Goloshchekin", "F. I. Goloshchyokin", "Goloshchekin")),
            new Person(List.of("Левон Мирзоян", "Л. Мирзоян"),
                    List.of("Левон Мирзоян", "Л. И. Мирзоян"),
                    List.of("Levon Mirzoyan", "L. Mirzoyan")),
            new Person(List.of("Ораз Исаев", "О. Исаев"),
                    List.of("Ураз Исаев", "У. Д. Исаев"),
                    List.of("Uraz Isaev", "Uraz Isayev")),
            new Person(List.of("Мұхтар Әуезов", "М. Әуезов", "Әуезов"),
                    List.of("Мухтар Ауэзов", "М. О. Ауэзов", "Ауэзов"),
                    List.of("Mukhtar Auezov", "Mukhtar Auezov", "Auezov")),
            new Person(List.of("Санжар Асфендияров", "С. Асфендияров"),
                    List.of("Санджар Асфендиаров", "С. Д. Асфендияров"),
                    List.of("Sanzhar Asfendiyarov", "Sandzhar Asfendiarov")),
            new Person(List.of("Мұхамеджан Тынышбайұлы", "М. Тынышбаев"),
                    List.of("Мухамеджан Тынышпаев", "М. Тынышпаев"),
                    List.of("Mukhamedzhan Tynyshpaev", "Tynyshbayev")),
            new Person(List.of("Халел Досмұхамедұлы", "Х. Досмұхамедов"),
                    List.of("Халел Досмухамедов", "Х. Досмухамедов"),
                    List.of("Khalel Dosmukhamedov", "Khalel Dosmukhamedov")),
            new Person(List.of("Смағұл Сәдуақасұлы", "С. Сәдуақасов"),
                    List.of("Смагул Садвокасов", "С. Садвокасов"),
                    List.of("Smagul Sadvokasov", "Smagul Sadvakasov")),
            new Person(List.of("Нығмет Нұрмақов", "Н. Нұрмақов"),
                    List.of("Нигмет Нурмаков", "Н. Нурмаков"),
                    List.of("Nigmet Nurmakov", "Nygmet Nurmakov")),
            new Person(List.of("Ілияс Жансүгіров", "І. Жансүгіров"),
                    List.of("Ильяс Джансугуров", "И. Джансугуров"),
                    List.of("Ilyas Zhansugurov", "Ilyas Dzhansugurov")),
            new Person(List.of("Бейімбет Майлин", "Б. Майлин"),
                    List.of("Беимбет Майлин", "Б. Майлин"),
                    List.of("Beimbet Mailin", "Beimbet Maylin")));

    /** First names of ordinary people (Kazakh spelling); surnames are built from the men's names. */
    public static final List<String> MEN = List.of("Асқар", "Бекболат", "Болат", "Дәулет", "Ержан", "Жақып",
            "Жұмабек", "Қасым", "Қайрат", "Мұқан", "Нұрлан", "Оспан", "Сәрсен", "Серік", "Тоқтар", "Төлеген",
            "Ыбырай", "Әбдіғали", "Ғабит", "Есенжол", "Құдайберген", "Сұлтанбек", "Тұрсын", "Үсен", "Садық",
            "Рахым", "Жанқожа", "Бейсен", "Ахмет", "Омар", "Сейіт", "Кенжебай", "Әбіл", "Шәймерден", "Байжан",
            "Қожахмет", "Мақаш", "Ізбасар", "Нұрмағамбет", "Сәдуақас");
    public static final List<String> WOMEN = List.of("Айгүл", "Бибігүл", "Гүлнар", "Зейнеп", "Күләш", "Мәрия",
            "Сара", "Ұлжан", "Шолпан", "Әсия", "Бәтима", "Жамал", "Ақлима", "Нұржамал", "Рабиға");

    public static final List<Place> PLACES = List.of(
            new Place("Алматы", List.of("Алма-Ата", "Верный"), List.of("Alma-Ata", "Almaty", "Verny")),
            new Place("Семей", List.of("Семипалатинск"), List.of("Semipalatinsk", "Semey")),
            new Place("Қызылорда", List.of("Кзыл-Орда", "Ак-Мечеть"), List.of("Kzyl-Orda", "Kyzylorda")),
            new Place("Орынбор", List.of("Оренбург"), List.of("Orenburg")),
            new Place("Ақмола", List.of("Акмолинск"), List.of("Akmolinsk", "Akmola")),
            new Place("Қарағанды", List.of("Караганда"), List.of("Karaganda", "Qaraghandy")),
            new Place("Торғай", List.of("Тургай"), List.of("Turgai", "Torgay")),
            new Place("Орал", List.of("Уральск"), List.of("Uralsk", "Oral")),
            new Place("Павлодар", List.of("Павлодар"), List.of("Pavlodar")),
            new Place("Петропавл", List.of("Петропавловск"), List.of("Petropavlovsk")),
            new Place("Ақтөбе", List.of("Актюбинск"), List.of("Aktyubinsk", "Aktobe")),
            new Place("Шымкент", List.of("Чимкент"), List.of("Chimkent", "Shymkent")),
            new Place("Гурьев", List.of("Гурьев"), List.of("Guryev", "Gurev")),
            new Place("Қостанай", List.of("Кустанай"), List.of("Kustanai", "Kostanay")),
            new Place("Көкшетау", List.of("Кокчетав"), List.of("Kokchetav", "Kokshetau")),
            new Place("Балқаш", List.of("Балхаш"), List.of("Balkhash")),
            new Place("Әулиеата", List.of("Аулие-Ата"), List.of("Aulie-Ata")),
            new Place("Ташкент", List.of("Ташкент"), List.of("Tashkent")),
            new Place("Зайсан", List.of("Зайсан"), List.of("Zaisan")),
            new Place("Қарқаралы", List.of("Каркаралинск"), List.of("Karkaralinsk")));

    /** Archival fonds by language: where the generated records claim to be kept. */
    public static final List<String> ARCHIVES_KK = List.of("ҚР ОМА", "ҚР ПМ", "Семей облыстық мұрағаты");
    public static final List<String> ARCHIVES_RU = List.of("ЦГА РК", "АП РК", "ГАРФ", "РГАСПИ");
    public static final List<String> ARCHIVES_EN = List.of("CSA RK", "APRK", "GARF", "RGASPI");

    private static final Lexicon KAZAKH = new Lexicon(
            List.of("Өлкелік комитет бюросы мәжілісінің хаттамасы", "Азық-түлік жағдайы туралы баяндама хат",
                    "Жауап алу хаттамасы", "Редакцияға хат", "Куәгердің естелігі",
                    "Көшпелі шаруашылықтарды отырықшыландыру туралы қаулы", "Көшіп кетушілер туралы мәлімет",
                    "Ашаршылық жылдарынан естеліктер", "Ұжымдастыру барысы туралы анықтама",
                    "Алаш қайраткерлері туралы мақала", "Ауылдық кеңес есебі", "Тәркілеу комиссиясының актісі"),
            List.of("{date} {place.loc} {org} мәжілісі өтті, онда {term} мәселесі қаралды.",
                    "{person} {year} жылы {place.loc} қызмет атқарды.",
                    "Мұрағат құжаттарына қарағанда, {year} жылы {place} өңірінен {num} шаруашылық көшіп кеткен.",
                    "{person.gen} хатында {term} туралы айтылады.",
                    "{year} жылғы есепте {place} округі бойынша {num} адам аштан қайтыс болғаны көрсетілген.",
                    "{org} {date} қаулысымен {term} жөніндегі шаралар бекітілді.",
                    "Бұл құжатты {person} {date} жазған, ол қазір {ref} сақтаулы.",
                    "{person} {year} жылы тұтқындалып, көп жылдан кейін ақталды.",
                    "Алаш Орда үкіметінің мүшелері {place.loc} жиналып, {term} мәселесін талқылады.",
                    "{place} өңіріндегі ұжымшарлардың саны {num} жетті.",
                    "Құжатта {person}, {person} және {person} есімдері аталады.",
                    "{year} жылдың көктемінде {place} маңында аштық күшейді.",
                    "ОГПУ мәліметтері бойынша {place} ауданында {num} бай шаруашылығы тәркіленді.",
                    "{person.gen} еңбектері {year} жылы тыйым салынған әдебиет тізіміне енгізілді.",
                    "Мәжіліс хаттамасына {person} қол қойды.",
                    "Тарихшылар {term} салдарын әлі күнге дейін зерттеп келеді.",
                    "{date} {org} {place} округіне жедел нұсқау жіберді.",
                    "Естелік айтушы {person} {year} жылғы оқиғаларды былай еске алады.",
                    "{year} жылы {place.loc} {num} арнаулы қоныс аударушы тіркелді.",
                    "{person} {place.loc} мұғалім болып істеді, {year} жылы ұсталды.",
                    "Баяндамада {term} пен {term} арасындағы байланыс көрсетілген.",
                    "{date} {place} стансасына {num} отбасы жер аударылып әкелінді."),
            List.of("Ауыл адамдары қыстан әрең шықты.", "Мал басы күрт азайып, көшпелі шаруашылық күйреді.",
                    "Жиналыста астық дайындау жоспарының орындалмағаны сынға алынды.",
                    "Көптеген отбасы туған жерін тастап, көрші республикаларға қоныс аударды.",
                    "Қуғын-сүргін жылдарында ұлт зиялыларының көбі атылды немесе жер аударылды.",
                    "Құжаттың соңғы беті сақталмаған.", "Хаттың мәтіні қолжазба түрінде, кей сөздері оқылмайды.",
                    "Ақтау туралы шешім кейінірек, 1950 жылдардың аяғында шықты.",
                    "Мектептер мен медреселер жабылып, жаңа әліпби енгізілді.",
                    "Балалар үйлеріне жетім балалар жиналды.",
                    "Теміржол бойындағы стансаларда аш адамдар көп болды.",
                    "Ұжымшар төрағасы жоспарды орындау үшін соңғы астықты да жинап алды.",
                    "Көшпелі ауылдарды күштеп отырықшыландыру халықтың күйзелісін тереңдете түсті.",
                    "Қазақ даласында ашаршылық миллиондаған адамның өмірін қиды.",
                    "Бұл туралы мұрағатта басқа да құжаттар бар.",
                    "Сол жылдары жазылған өлеңдер ауыздан-ауызға тарады."),
            List.of("ұжымдастыру", "ашаршылық", "аштық", "қуғын-сүргін", "саяси қуғын-сүргін", "отырықшыландыру",
                    "байлардың мал-мүлкін тәркілеу", "жер аудару", "астық дайындау", "ет дайындау", "Алаш Орда",
                    "Алаш партиясы", "көшіп кету", "еңбек армиясы", "НКВД үштігі", "«Кіші Қазан»", "Қарлаг",
                    "АЛЖИР", "Түрксіб құрылысы", "1916 жылғы көтеріліс", "сауатсыздықты жою", "латын әліпбиі",
                    "ұлттық зиялылар", "ұжымшар", "кеңшар"),
            List.of("Қазөлкекомның", "ҚАКСР Халық Комиссарлар Кеңесінің", "ҚАКСР Орталық Атқару Комитетінің",
                    "губерниялық комитеттің", "Жер ісі халық комиссариатының", "ОГПУ өкілдігінің"),
            List.of("Кіріспе", "Құжаттың мазмұны", "Куәгерлердің айтуынша", "Мұрағаттық дерек", "Түсініктеме"),
            List.of("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
                    "қазан", "қараша", "желтоқсан"));

    private static final Lexicon RUSSIAN = new Lexicon(
            List.of("Протокол заседания бюро Казкрайкома ВКП(б)", "Докладная записка о продовольственном положении",
                    "Спецсообщение ПП ОГПУ по Казахстану", "Протокол допроса", "Письмо в редакцию",
                    "Воспоминания очевидца", "Постановление об оседании кочевых и полукочевых хозяйств",
                    "Сводка об откочёвках", "Справка о ходе коллективизации", "Обвинительное заключение",
                    "Отчёт аулсовета", "Акт комиссии по конфискации байских хозяйств"),
            List.of("{date} в г. {place} состоялось заседание бюро {org}, на повестке — {term}.",
                    "{person} в {year} г. работал в г. {place}.",
                    "По данным ОГПУ, в {year} г. из района г. {place} откочевало {num} хозяйств.",
                    "Автор записки — {person}; главный вопрос — {term}.",
                    "Согласно сводке за {year} г., в районе г. {place} умерло от голода {num} человек.",
                    "Постановлением {org} от {date} утверждены меры, тема которых — {term}.",
                    "Документ подписан: {person}. Хранится: {ref}.",
                    "{person} был арестован в {year} г. и реабилитирован спустя десятилетия.",
                    "{person}, {person} и {person} обвинялись в принадлежности к партии «Алаш».",
                    "Весной {year} г. голод охватил аулы вокруг г. {place}.",
                    "Число колхозов в районе г. {place} достигло {num}.",
                    "В {year} г. {person} выступил на пленуме {org}.",
                    "Из воспоминаний: «{person} рассказывал, что в {year} году аул откочевал в Китай».",
                    "Тройка ПП ОГПУ приговорила {num} человек к высшей мере наказания.",
                    "По делу проходили {person} и другие, всего {num} человек.",
                    "Телеграмма из г. {place} от {date}: «Положение с продовольствием катастрофическое».",
                    "Конфискации подлежали хозяйства баев, имевших свыше {num} голов скота.",
                    "{date} {person} направил докладную записку в Москву.",
                    "В {year} г. на станцию {place} прибыло {num} спецпереселенцев.",
                    "В документе упоминаются: {term}, {term}.",
                    "Историки до сих пор спорят о масштабах явления, которое называют так: {term}.",
                    "{person} учительствовал в г. {place} и был арестован {date}."),
            List.of("Скот в аулах почти полностью погиб.", "Хлебозаготовительный план района не выполнен.",
                    "Многие хозяйства откочевали в соседние республики и в Китай.",
                    "В годы репрессий большая часть казахской интеллигенции была уничтожена.",
                    "Последний лист дела не сохранился.", "Текст написан от руки, отдельные слова не читаются.",
                    "Реабилитация участников движения Алаш завершилась лишь в конце 1980-х годов.",
                    "В городах появились детские дома для беспризорных детей.",
                    "На станциях Турксиба скапливались голодающие.",
                    "Председатель колхоза сдал государству последнее зерно.",
                    "Перевод казахской письменности на латиницу был завершён к концу 1920-х годов.",
                    "Члены правительства Алаш-Орды в 1920-х годах работали в советских учреждениях.",
                    "Насильственное оседание кочевников усугубило бедствие.",
                    "Ашаршылык унёс жизни более миллиона человек.",
                    "Сведения об этом имеются и в других делах фонда.",
                    "Копия направлена в краевой комитет."),
            List.of("коллективизация", "голод", "ашаршылык", "репрессии", "политические репрессии", "оседание",
                    "седентаризация", "конфискация байских хозяйств", "депортация", "хлебозаготовки",
                    "мясозаготовки", "Алаш-Орда", "Алашорда", "партия «Алаш»", "откочёвка", "трудармия",
                    "тройка НКВД", "«Малый Октябрь»", "Карлаг", "АЛЖИР", "строительство Турксиба",
                    "восстание 1916 года", "ликвидация неграмотности", "латинизация алфавита",
                    "раскулачивание", "колхозное строительство", "спецпоселения"),
            List.of("Казкрайкома ВКП(б)", "СНК КАССР", "ЦИК КАССР", "губкома", "Наркомзема КАССР",
                    "ПП ОГПУ по Казахстану", "Семипалатинского губисполкома"),
            List.of("Введение", "Содержание документа", "Свидетельства очевидцев", "Архивные данные", "Комментарий"),
            List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                    "октября", "ноября", "декабря"));

    private static final Lexicon ENGLISH = new Lexicon(
            List.of("Minutes of the bureau of the Kazakh Regional Committee", "Memorandum on the food situation",
                    "Special report of the OGPU plenipotentiary", "Interrogation record", "Letter to the editor",
                    "Memoirs of an eyewitness", "Resolution on the sedentarization of nomadic households",
                    "Summary of migrations", "Note on the course of collectivization", "Indictment",
                    "Report of an aul soviet", "Act of the commission for the confiscation of bai households"),
            List.of("On {date} the bureau of the {org} met in {place} to discuss {term}.",
                    "{person} worked in {place} in {year}.",
                    "According to OGPU reports, {num} households left the district around {place} in {year}.",
                    "A letter by {person} deals with {term}.",
                    "The {year} report for the {place} okrug counts {num} deaths from hunger.",
                    "By a resolution of {date}, the {org} approved measures on {term}.",
                    "The file, signed by {person}, is kept at {ref}.",
                    "{person} was arrested in {year} and rehabilitated decades later.",
                    "{person}, {person} and {person} were accused of belonging to the Alash party.",
                    "In the spring of {year} the famine reached the auls around {place}.",
                    "The number of kolkhozes in the {place} district rose to {num}.",
                    "In {year} {person} spoke at a plenum of the {org}.",
                    "An eyewitness, {person}, recalled how the aul migrated to China in {year}.",
                    "The troika sentenced {num} people to be shot.",
                    "The case named {person} and others, {num} people in all.",
                    "A telegram sent from {place} on {date} reads: \"The food situation is catastrophic.\"",
                    "Bai households with more than {num} head of livestock were subject to confiscation.",
                    "Historians still debate the scale of {term} in Kazakhstan.",
                    "The memoirs of {person} describe {term} in {place}.",
                    "In {year} {num} special settlers arrived at {place} station.",
                    "The document mentions {term} and {term}.",
                    "{person} taught school in {place} until the arrest of {date}."),
            List.of("Livestock in the auls had almost entirely perished.",
                    "The district's grain procurement plan was not fulfilled.",
                    "Many households migrated to neighbouring republics and to China.",
                    "During the repressions most of the Kazakh intelligentsia was destroyed.",
                    "The last sheet of the file has not survived.",
                    "The text is handwritten and some words are illegible.",
                    "The rehabilitation of the Alash leaders was completed only in the late 1980s.",
                    "Orphanages for homeless children were opened in the towns.",
                    "Starving people gathered at the stations of the Turksib railway.",
                    "The kolkhoz chairman handed over the last grain to the state.",
                    "The Kazakh script was switched to the Latin alphabet by the end of the 1920s.",
                    "Members of the Alash Orda government worked in Soviet institutions during the 1920s.",
                    "Forced sedentarization of the nomads deepened the catastrophe.",
                    "The famine, known in Kazakh as Asharshylyq, killed more than a million people.",
                    "Other files of the same fond contain further evidence.",
                    "A copy was sent to the regional committee."),
            List.of("collectivization", "the famine", "Asharshylyq", "repression", "the political repressions",
                    "sedentarization", "the confiscation of bai households", "deportation", "grain procurement",
                    "meat procurement", "Alash Orda", "the Alash party", "migration of nomads", "the labour army",
                    "the NKVD troika", "Little October", "Karlag", "ALZhIR", "the building of the Turksib",
                    "the 1916 uprising", "the literacy campaign", "Latinization of the alphabet", "dekulakization",
                    "kolkhoz construction", "special settlements"),
            List.of("Kazakh Regional Committee of the VKP(b)", "Council of People's Commissars of the KASSR",
                    "Central Executive Committee of the KASSR", "gubernia committee",
                    "People's Commissariat of Agriculture", "OGPU plenipotentiary office"),
            List.of("Introduction", "Contents of the document", "Eyewitness accounts", "Archival evidence", "Commentary"),
            List.of("January", "February", "March", "April", "May", "June", "July", "August", "September",
                    "October", "November", "December"));
}
