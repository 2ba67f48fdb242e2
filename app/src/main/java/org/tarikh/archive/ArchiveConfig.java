package org.tarikh.archive;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.tarikh.TarikhException;

/**
 * Which store and which search an archive uses: the embedded pair (SQLite file and Lucene index in the archive
 * folder) unless a PostgreSQL database and/or OpenSearch nodes are named. Read in one place ({@link #choose}) from
 * the options {@code --database}/{@code --search} or else the environment ({@code TARIKH_DATABASE},
 * {@code TARIKH_SEARCH}); recorded in the archive folder ({@value #FILE}) when the archive is created, and checked
 * against that record on every open, so an archive is never opened half on one store and half on another.
 *
 * @param database null for the embedded SQLite file, else the PostgreSQL database
 * @param search   empty for the embedded Lucene index, else the URLs of the OpenSearch nodes
 */
public record ArchiveConfig(Database database, List<URI> search) {
    /** The file in the archive folder that records the configuration the archive was created with. */
    public static final String FILE = "archive.properties";
    public static final String DATABASE_ENV = "TARIKH_DATABASE";
    public static final String SEARCH_ENV = "TARIKH_SEARCH";

    public ArchiveConfig {
        search = List.copyOf(search);
    }

    /** SQLite and Lucene in the archive folder: the default. */
    public static ArchiveConfig embedded() {
        return new ArchiveConfig(null, List.of());
    }

    /**
     * The configuration a command asked for: each option given wins over its environment variable; neither given
     * (or blank) means the embedded part.
     */
    public static ArchiveConfig choose(String databaseOption, String searchOption, Map<String, String> environment) {
        String database = firstSet(databaseOption, environment.get(DATABASE_ENV));
        String search = firstSet(searchOption, environment.get(SEARCH_ENV));
        return new ArchiveConfig(database == null ? null : Database.parse(database,
                databaseOption != null && !databaseOption.isBlank() ? "--database" : DATABASE_ENV),
                search == null ? List.of() : nodes(search,
                        searchOption != null && !searchOption.isBlank() ? "--search" : SEARCH_ENV));
    }

    private static String firstSet(String option, String env) {
        if (option != null && !option.isBlank()) return option.strip();
        if (env != null && !env.isBlank()) return env.strip();
        return null;
    }

    public boolean embeddedDatabase() {
        return database == null;
    }

    public boolean embeddedSearch() {
        return search.isEmpty();
    }

    /** "SQLite in the archive folder" or "PostgreSQL at postgresql://…" (no password): for messages. */
    public String describeDatabase() {
        return database == null ? "the embedded SQLite database" : "PostgreSQL at " + database.shown();
    }

    public String describeSearch() {
        return search.isEmpty() ? "the embedded Lucene index" : "OpenSearch at " + String.join(",", search.stream().map(URI::toString).toList());
    }

    static List<URI> nodes(String value, String from) {
        List<URI> out = new ArrayList<>();
        for (String part : value.split(",")) {
            String node = part.strip();
            if (node.isEmpty()) continue;
            URI uri;
            try {
                uri = new URI(node.endsWith("/") ? node.substring(0, node.length() - 1) : node);
            } catch (URISyntaxException e) {
                throw new TarikhException(from + ": '" + node + "' is no node URL (expected http://HOST:PORT)");
            }
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null || uri.getPort() < 0) {
                throw new TarikhException(from + ": '" + node + "' is no node URL (expected http://HOST:PORT, "
                        + "several separated by commas)");
            }
            out.add(uri);
        }
        if (out.isEmpty()) throw new TarikhException(from + ": no node URL given (expected http://HOST:PORT,…)");
        return out;
    }

    /**
     * A PostgreSQL database named by {@code postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE}. The password, if
     * any, is used to connect and never written to the archive folder or shown.
     */
    public record Database(String user, String password, String host, int port, String name) {
        static Database parse(String value, String from) {
            String v = value.startsWith("jdbc:") ? value.substring(5) : value;
            String problem = "expected postgresql://USER@HOST:PORT/DATABASE";
            URI uri;
            try {
                uri = new URI(v);
            } catch (URISyntaxException e) {
                throw new TarikhException(from + ": '" + shownValue(value) + "' is no database URL (" + problem + ")");
            }
            if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
                throw new TarikhException(from + ": '" + shownValue(value) + "' is no PostgreSQL URL (" + problem
                        + "; only PostgreSQL is supported besides the embedded SQLite database)");
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (uri.getHost() == null || path.length() < 2 || path.indexOf('/', 1) >= 0) {
                throw new TarikhException(from + ": '" + shownValue(value) + "' names no host and database (" + problem + ")");
            }
            String user = null, password = null;
            if (uri.getRawUserInfo() != null) {
                String info = uri.getUserInfo();
                int colon = info.indexOf(':');
                user = colon < 0 ? info : info.substring(0, colon);
                password = colon < 0 ? null : info.substring(colon + 1);
            }
            if (user == null || user.isBlank()) {
                throw new TarikhException(from + ": '" + shownValue(value) + "' names no user (" + problem + ")");
            }
            return new Database(user, password, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path.substring(1));
        }

        private static String shownValue(String value) {
            return value.replaceAll("//([^:@/]*):[^@/]*@", "//$1:***@");
        }

        /** The URL without the password: what is recorded and shown. */
        public String shown() {
            return "postgresql://" + user + "@" + host + ":" + port + "/" + name;
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name;
        }

        @Override
        public String toString() {
            return shown();
        }
    }

    /** The configuration recorded in {@code folder}; empty when nothing is recorded there. */
    public static Optional<ArchiveConfig> recordedIn(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new TarikhException("cannot read " + file + ": " + e.getMessage());
        }
        String store = p.getProperty("store", "sqlite").strip();
        Database database = switch (store) {
            case "sqlite" -> null;
            case "postgresql" -> Database.parse(p.getProperty("database", ""), file + " (database)");
            default -> throw new TarikhException(file + ": unknown store '" + store + "' (sqlite or postgresql)");
        };
        String search = p.getProperty("search", "lucene").strip();
        List<URI> nodes = switch (search) {
            case "lucene" -> List.of();
            case "opensearch" -> nodes(p.getProperty("search.nodes", ""), file + " (search.nodes)");
            default -> throw new TarikhException(file + ": unknown search '" + search + "' (lucene or opensearch)");
        };
        return Optional.of(new ArchiveConfig(database, nodes));
    }

    /** Writes this configuration to {@code folder} (made if missing), replacing what was recorded. */
    public void recordIn(Path folder) {
        Path file = folder.resolve(FILE);
        StringBuilder out = new StringBuilder();
        out.append("# The store and search this archive uses, written when it was created. Every command that opens\n")
                .append("# the archive must name the same (--database/--search or TARIKH_DATABASE/TARIKH_SEARCH).\n");
        out.append("store=").append(database == null ? "sqlite" : "postgresql").append('\n');
        if (database != null) out.append("database=").append(database.shown()).append('\n');
        out.append("search=").append(search.isEmpty() ? "lucene" : "opensearch").append('\n');
        if (!search.isEmpty()) {
            out.append("search.nodes=").append(String.join(",", search.stream().map(URI::toString).toList())).append('\n');
        }
        try {
            // on PostgreSQL and OpenSearch nothing else may have made the folder yet
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, ".archive", ".properties");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(out.toString());
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new TarikhException("cannot write " + file + ": " + e.getMessage());
        }
    }

    /**
     * Refuses to open an archive recorded with another store or search than this configuration names, saying what
     * the folder records and how to name it. The search nodes are compared by kind only (a cluster's nodes come and
     * go); a database by user, host, port and name.
     */
    public void checkAgainst(ArchiveConfig recorded, Path folder) {
        boolean sameDatabase = recorded.database == null ? database == null
                : database != null && recorded.database.shown().equals(database.shown());
        if (!sameDatabase) {
            throw new TarikhException("the archive " + folder + " uses " + recorded.describeDatabase() + ", not "
                    + describeDatabase() + ": " + (recorded.database == null
                    ? "unset " + DATABASE_ENV + " and give no --database to open it"
                    : "set " + DATABASE_ENV + "=" + recorded.database.shown() + " or give --database "
                    + recorded.database.shown()) + " (the folder's " + FILE + " records it)");
        }
        if (recorded.search.isEmpty() != search.isEmpty()) {
            throw new TarikhException("the archive " + folder + " uses " + recorded.describeSearch() + ", not "
                    + describeSearch() + ": " + (recorded.search.isEmpty()
                    ? "unset " + SEARCH_ENV + " and give no --search to open it"
                    : "set " + SEARCH_ENV + " or give --search with its node URLs") + " (the folder's " + FILE
                    + " records it)");
        }
    }
}
