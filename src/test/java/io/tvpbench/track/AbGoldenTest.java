package io.tvpbench.track;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The A/B's Markdown and JSON against golden files, from the recorded A/A run, under {@link Locale#ROOT} and a
 * comma-decimal locale. Regenerate after an intended change with
 * {@code mvn test -Dtest=AbGoldenTest -Dgolden.update=true} and review the diff.
 */
class AbGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/ab/golden");

    @ParameterizedTest
    @ValueSource(strings = {"ROOT", "de-DE"})
    void rendersExactlyTheGoldenFiles(String tag) throws IOException {
        Locale locale = tag.equals("ROOT") ? Locale.ROOT : Locale.forLanguageTag(tag);
        Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        String md;
        String json;
        try {
            AbComparison ab = AbComparison.of(AbComparisonTest.AA, CompareOptions.defaults(), 3);
            md = AbMarkdown.render(ab);
            json = AbJson.render(ab);
        } finally {
            Locale.setDefault(saved);
        }
        if (Boolean.getBoolean("golden.update") && locale.equals(Locale.ROOT)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(GOLDEN.resolve("ab.md"), md);
            Files.writeString(GOLDEN.resolve("ab.json"), json);
        }
        assertEquals(Files.readString(GOLDEN.resolve("ab.md")), md);
        assertEquals(Files.readString(GOLDEN.resolve("ab.json")), json);
    }
}
