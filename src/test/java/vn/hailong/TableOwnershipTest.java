package vn.hailong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One owner per table. The migration that creates a table says who owns it: its file name
 * {@code V<n>__<module>_<what>.sql} names the module (a few older files name another module; {@link #OWNER_OVERRIDES}
 * corrects them). A module's SQL (the string literals and text blocks of its main sources) may name its own tables,
 * the views its dependencies publish ({@code <owner>_…_view}), the reference tables in {@link #PUBLISHED}, and the
 * reads still listed in {@link #KNOWN} — nothing else, and never a table of a module it does not declare in its
 * {@code package-info.java} (no coupling that exists only in SQL). The table → owner list is {@code docs/tables.md}.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/vn/hailong");
    private static final Path DOC = Path.of("docs/tables.md");

    /** Tables created in a file whose prefix names another module. */
    private static final Map<String, String> OWNER_OVERRIDES = Map.of(
            // created with the dossier in V8; the rating module issues and redeems it (dossier asks via RatingLinks)
            "rating_token", "rating",
            // created in V9 beside notify's outbox; the letter module is the only one that writes and reads them
            "letter", "letter",
            "letter_template", "letter");

    /**
     * Reference tables their owner publishes to every module that declares a dependency on it: the access scope
     * ({@code AgencyScope.predicate}) is a condition over an alias of {@code agency}, and rows carry agency, desk
     * and officer ids that pages join for names.
     */
    private static final Map<String, Set<String>> PUBLISHED =
            Map.of("organization", Set.of("agency", "desk", "officer", "admin_unit"));

    /**
     * Reads of another module's tables still in the code, each with its reason (an entry here is exempt from the
     * declared-dependency check too); the test fails when an entry is no longer needed, so this list only shrinks.
     */
    private static final Map<String, String> KNOWN = known();

    private static Map<String, String> known() {
        Map<String, String> m = new LinkedHashMap<>();
        String rollups = "the rollups and measures are rebuilt from the raw rows in set-based SQL";
        m.put("insight → rating", rollups);
        m.put("insight → rating_answer", rollups);
        m.put("insight → dossier", rollups);
        m.put("insight → dossier_event", rollups);
        m.put("insight → dossier_step", rollups);
        m.put("insight → feedback_case", "Decree 61 counts a dossier's late complaints");
        m.put("insight → app_user", "alerts are e-mailed to the unit's leaders");
        m.put("feedback → app_user", "a new case is e-mailed to the unit's leaders");
        m.put("feedback → rating", "a citizen's history and the comment topics read rating comments");
        m.put("ballot → rating", "the demo bulk loader reads paper ratings (BallotBulk)");
        m.put("ballot → rating_answer", "the demo bulk loader reads paper ratings (BallotBulk)");
        m.put("ballot → dossier", "the demo bulk loader draws dossier codes for slips (BallotBulk)");
        m.put("letter → dossier", "letters are drafted for overdue and returned dossiers");
        m.put(
                "access → agency",
                "AgencyScope.predicateOnId (merged from main at the end) renders a subquery on agency; an undeclared"
                        + " coupling to move behind organization (e.g. a view or the caller's join)");
        m.put(
                "dossier → admin_procedure",
                "the dossier page shows the national code (V82), which catalog_procedure_view (V61) cannot carry"
                        + " until a migration after V82");
        m.put(
                "rating → dossier",
                "the token lookup needs the receiving agency (V81), which dossier_rating_view (V62) cannot carry until a migration after V81; and RatingBulk (demo)");
        m.put("demo → dossier", "demo data: processing steps of the demo dossiers (StepDemo)");
        m.put("demo → dossier_step", "demo data: processing steps of the demo dossiers (StepDemo)");
        return m;
    }

    private static final Pattern CREATE = Pattern.compile(
            "create\\s+(table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z_0-9]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE = Pattern.compile("V(\\d+)__([a-z]+)_?.*\\.sql");
    private static final Pattern LITERAL =
            Pattern.compile("'(?:\\\\.|[^'\\\\])'|\"\"\"(.*?)\"\"\"|\"((?:\\\\.|[^\"\\\\\\n])*)\"", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z_0-9]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLOWED = Pattern.compile("allowedDependencies\\s*=\\s*\\{([^}]*)}");

    record Table(String name, String kind, String owner, String file) {}

    @Test
    void everyModuleNamesOnlyTablesItOwnsOrMayRead() throws IOException {
        Map<String, Table> tables = tables();
        List<String> violations = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Map.Entry<String, Map<String, Set<String>>> e : namedTables(tables).entrySet()) {
            String module = e.getKey();
            Set<String> declared = allowedDependencies(module);
            for (Map.Entry<String, Set<String>> named : e.getValue().entrySet()) {
                Table t = tables.get(named.getKey());
                if (t.owner().equals(module) || t.owner().equals("shared")) {
                    continue;
                }
                String edge = module + " → " + t.name();
                boolean published =
                        isView(t) || PUBLISHED.getOrDefault(t.owner(), Set.of()).contains(t.name());
                if (KNOWN.containsKey(edge)) {
                    used.add(edge);
                } else if (declared != null && !declared.contains(t.owner())) {
                    violations.add(edge + " (owner " + t.owner() + ", which " + module + " does not declare) in "
                            + named.getValue());
                } else if (!published) {
                    violations.add(edge + " (owned by " + t.owner() + ", not published) in " + named.getValue());
                }
            }
        }
        assertThat(violations).as("SQL naming a table the module does not own").isEmpty();
        assertThat(KNOWN.keySet())
                .as("known reads no longer needed: remove them")
                .isSubsetOf(used);
    }

    @Test
    void everyTableHasOneOwnerAndViewsCarryTheirOwnersName() throws IOException {
        Map<String, List<String>> creators = new TreeMap<>();
        for (Path f : migrations()) {
            Matcher c = CREATE.matcher(Files.readString(f));
            while (c.find()) {
                creators.computeIfAbsent(c.group(2).toLowerCase(), k -> new ArrayList<>())
                        .add(f.getFileName().toString());
            }
        }
        assertThat(creators).allSatisfy((t, files) -> assertThat(files).as(t).hasSize(1));
        Set<String> modules = modules();
        assertThat(tables().values()).allSatisfy(t -> {
            assertThat(modules).as(t.file()).contains(t.owner());
            if (isView(t)) {
                assertThat(t.name()).as("a view is named <owner>_…_view").startsWith(t.owner() + "_");
            }
        });
        assertThat(OWNER_OVERRIDES.keySet()).isSubsetOf(creators.keySet());
    }

    @Test
    void docsListEveryTableWithItsOwner() throws IOException {
        StringBuilder md = new StringBuilder("""
                # Tables and their owners

                Generated by `TableOwnershipTest` (it fails when this file is out of date and writes the new one:
                commit it). Every table belongs to one module: the module named in the file name of the migration
                that creates it, except where the test's `OWNER_OVERRIDES` says otherwise. Other modules go through
                the owner's Java API, or read a view the owner publishes (`<owner>_…_view`) or one of its published
                reference tables; `TableOwnershipTest` fails when a module's SQL names any other table of another
                module, or a table of a module it does not declare as a dependency.

                | table | owner | kind | created in | others may read |
                |---|---|---|---|---|
                """);
        for (Table t : tables().values()) {
            boolean published =
                    isView(t) || PUBLISHED.getOrDefault(t.owner(), Set.of()).contains(t.name());
            md.append("| `%s` | %s | %s | %s | %s |%n"
                    .formatted(
                            t.name(),
                            t.owner(),
                            t.kind(),
                            t.file(),
                            published
                                    ? "published to its dependants"
                                    : t.owner().equals("shared") ? "all" : ""));
        }
        md.append("\n## Reads of another module's tables still in the code\n\n")
                .append("The list only shrinks.\n\n")
                .append("| reader → table | why |\n|---|---|\n");
        KNOWN.forEach((edge, why) -> md.append("| %s | %s |%n".formatted(edge, why)));
        String expected = md.toString();
        String actual = Files.exists(DOC) ? Files.readString(DOC) : "";
        if (!expected.equals(actual)) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(actual)
                .as(DOC + " was out of date and has been rewritten; commit it")
                .isEqualTo(expected);
    }

    private static boolean isView(Table t) {
        return t.kind().equals("view");
    }

    /** Per module, the other modules' tables its SQL names, and in which files. */
    private static Map<String, Map<String, Set<String>>> namedTables(Map<String, Table> tables) throws IOException {
        Map<String, Map<String, Set<String>>> out = new TreeMap<>();
        for (String module : modules()) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher n = NAMED.matcher(sql(Files.readString(f)));
                    while (n.find()) {
                        String t = n.group(1).toLowerCase();
                        if (tables.containsKey(t)) {
                            out.computeIfAbsent(module, k -> new TreeMap<>())
                                    .computeIfAbsent(t, k -> new TreeSet<>())
                                    .add(f.getFileName().toString());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The string literals and text blocks of a source file, comments left out, joined by spaces. */
    static String sql(String java) {
        Matcher m = LITERAL.matcher(COMMENT.matcher(java).replaceAll(" "));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String s = m.group(1) != null ? m.group(1) : m.group(2);
            if (s != null) {
                out.append(s).append(' ');
            }
        }
        return out.toString();
    }

    private static Map<String, Table> tables() throws IOException {
        Map<String, Table> out = new TreeMap<>();
        for (Path f : migrations()) {
            Matcher file = FILE.matcher(f.getFileName().toString());
            assertThat(file.matches()).as(f.toString()).isTrue();
            Matcher c = CREATE.matcher(Files.readString(f));
            while (c.find()) {
                String name = c.group(2).toLowerCase();
                out.put(
                        name,
                        new Table(
                                name,
                                c.group(1).toLowerCase(),
                                OWNER_OVERRIDES.getOrDefault(name, file.group(2)),
                                f.getFileName().toString()));
            }
        }
        return out;
    }

    private static List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
    }

    private static Set<String> modules() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            return new TreeSet<>(dirs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .toList());
        }
    }

    /** The modules a module's package-info.java allows; null for an open module (shared). */
    private static Set<String> allowedDependencies(String module) throws IOException {
        Matcher m = ALLOWED.matcher(Files.readString(SOURCES.resolve(module).resolve("package-info.java")));
        if (!m.find()) {
            return null;
        }
        Set<String> out = new TreeSet<>();
        for (String s : m.group(1).split(",")) {
            out.add(s.replace("\"", "").trim());
        }
        return out;
    }
}
