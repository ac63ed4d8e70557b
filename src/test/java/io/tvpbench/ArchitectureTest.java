package io.tvpbench;

import io.tvpbench.results.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/ARCHITECTURE.md's forbidden edges, enforced on the compiled main classes: every class name a class file
 * refers to (its constant pool: types, descriptors, signatures) is checked, so a fully qualified name or a
 * lambda's types count as much as an import.
 */
class ArchitectureTest {

    private static final Path ARCHITECTURE = Path.of("docs", "ARCHITECTURE.md");
    private static final Pattern RULE = Pattern.compile("^\\| `(\\w+)` \\| (.+) \\|$");
    private static final Pattern NAME = Pattern.compile("`([\\w.]+)`");
    private static final Pattern REFERENCE = Pattern.compile("L?((?:[\\w$]+/)+[\\w$]+)");

    /** The minimum: the rules the document may extend but never drop. */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "worker", List.of("bench", "report", "cli", "run"),
            "workload", List.of("strategy", "bench"),
            "report", List.of("strategy", "bench", "run", "track"),
            "track", List.of("report", "strategy"),
            "results", List.of("report", "track", "run"),
            "stats", List.of("report", "results"));

    private static Path classes;
    private static Map<String, Set<String>> references;

    @BeforeAll
    static void readClassFiles() throws IOException, URISyntaxException {
        classes = Path.of(Vocabulary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        references = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve("io/tvpbench"))) {
            for (Path file : files.filter(ArchitectureTest::isMainClass).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", "");
                references.put(name, referencedClasses(file));
            }
        }
        assertTrue(references.size() > 50, "compiled classes found under " + classes);
    }

    /** A class compiled from src/main, not one JMH's annotation processor generated. */
    private static boolean isMainClass(Path file) {
        return file.toString().endsWith(".class") && !file.toString().contains("jmh_generated");
    }

    @Test
    void theDocumentStatesAtLeastTheRequiredEdges() throws IOException {
        Map<String, Set<String>> rules = rules();
        REQUIRED.forEach((from, to) -> assertTrue(rules.getOrDefault(from, Set.of()).containsAll(to),
                ARCHITECTURE + " must forbid " + from + " -> " + to + ", it says " + rules.get(from)));
    }

    @Test
    void noClassUsesAForbiddenPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        rules().forEach((from, forbidden) -> {
            String prefix = "io/tvpbench/" + from + "/";
            assertTrue(references.keySet().stream().anyMatch(c -> c.startsWith(prefix)), "no package " + from);
            references.forEach((owner, used) -> {
                if (owner.startsWith(prefix)) {
                    for (String target : used) {
                        forbidden.stream().filter(f -> target.startsWith(internalPrefix(f))).findFirst()
                                .ifPresent(f -> violations.add(owner + " -> " + target + " (" + from
                                        + " must never use " + f + ")"));
                    }
                }
            });
        });
        assertEquals(List.of(), violations, "see " + ARCHITECTURE);
    }

    @Test
    void noTwoMainClassesShareASimpleName() {
        Map<String, List<String>> bySimpleName = new TreeMap<>();
        references.keySet().stream().filter(c -> !c.contains("$") && !c.endsWith("/package-info"))
                .forEach(c -> bySimpleName.computeIfAbsent(c.substring(c.lastIndexOf('/') + 1), k -> new ArrayList<>())
                        .add(c));
        bySimpleName.values().removeIf(owners -> owners.size() < 2);
        assertEquals(Map.of(), bySimpleName);
    }

    @Test
    void everyPackageSaysWhatLivesThereAndWhatItMustNeverImport() throws IOException {
        Set<String> packages = new TreeSet<>();
        references.keySet().forEach(c -> packages.add(c.substring(0, c.lastIndexOf('/'))));
        List<String> missing = new ArrayList<>();
        for (String pkg : packages) {
            Path info = Path.of("src/main/java", pkg, "package-info.java");
            if (!Files.isRegularFile(info) || !Files.readString(info).contains("never")) {
                missing.add(info.toString());
            }
        }
        assertEquals(List.of(), missing, "each package-info.java says what lives there and what it must never import");
    }

    /** Forbidden targets per package, from the document's table: {@code | `from` | `to`, `to` |}. */
    private static Map<String, Set<String>> rules() throws IOException {
        Map<String, Set<String>> rules = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ARCHITECTURE)) {
            Matcher rule = RULE.matcher(line.trim());
            if (rule.matches()) {
                Matcher name = NAME.matcher(rule.group(2));
                Set<String> targets = new HashSet<>();
                while (name.find()) {
                    targets.add(name.group(1));
                }
                rules.put(rule.group(1), targets);
            }
        }
        assertTrue(rules.size() >= REQUIRED.size(), "no forbidden-edge table in " + ARCHITECTURE);
        return rules;
    }

    /** {@code bench} is the project's package, {@code org.openjdk.jmh} a library's. */
    private static String internalPrefix(String target) {
        return (target.contains(".") ? target : "io.tvpbench." + target).replace('.', '/') + "/";
    }

    /** Every class name in a class file's constant pool: class entries and the types in descriptors and signatures. */
    private static Set<String> referencedClasses(Path classFile) throws IOException {
        Set<String> names = new TreeSet<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> {
                        Matcher m = REFERENCE.matcher(in.readUTF());
                        while (m.find()) {
                            names.add(m.group(1));
                        }
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                    case 15 -> in.skipNBytes(3);
                    default -> throw new IOException(classFile + ": unknown constant pool tag " + tag);
                }
            }
        }
        return names;
    }
}
