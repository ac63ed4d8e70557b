package io.tvpbench.results;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryTest {

    private static final String HEADER = "timestamp,commit,fingerprint,machine,benchmark,mode,unit,score,error\n";

    @TempDir
    Path dir;

    @Test
    void readsQuotedKeysInFileOrder() throws IOException {
        Path file = Files.writeString(dir.resolve("history.csv"), HEADER
                + "2026-11-01T00:00:00Z,aaa,f1,\"m, one\",\"a.B.c:cores=1,strategy=X\",thrpt,ops/s,100.5,2\n"
                + "2026-11-02T00:00:00Z,bbb,f1,\"m, one\",\"a.B.c:cores=1,strategy=X\",thrpt,ops/s,110,\n");
        List<History.Entry> entries = History.read(file).byKey().get("a.B.c:cores=1,strategy=X");
        assertEquals(2, entries.size());
        assertEquals("m, one", entries.get(0).machine());
        assertEquals(100.5, entries.get(0).score());
        assertTrue(Double.isNaN(entries.get(1).error()));
    }

    @Test
    void isFoundBesideTheRunDirectory() throws IOException {
        Path run = Files.createDirectories(dir.resolve("bench-results/20261101-000000-aaa"));
        assertTrue(History.near(run).isEmpty());
        Files.writeString(dir.resolve("bench-results/history.csv"), HEADER);
        assertEquals(dir.resolve("bench-results/history.csv").toAbsolutePath(), History.near(run).orElseThrow());
        assertEquals(History.near(run), History.near(run.resolve("jmh-result.json")));
    }

    @Test
    void rejectsFilesThatAreNotTheDocumentedCsv() throws IOException {
        Path wrongColumns = Files.writeString(dir.resolve("a.csv"), "x,y\n1,2\n");
        assertTrue(assertThrows(ResultFormatException.class, () -> History.read(wrongColumns)).getMessage().contains("a.csv"));
        Path badNumber = Files.writeString(dir.resolve("b.csv"), HEADER + "t,c,f,m,k,thrpt,ops/s,fast,1\n");
        assertTrue(assertThrows(ResultFormatException.class, () -> History.read(badNumber)).getMessage().contains("not a number"));
        assertThrows(ResultFormatException.class, () -> History.read(dir.resolve("missing.csv")));
    }
}
