package io.tvpbench.bench;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.StartupVariant;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class StartupVariantCheckTest {

    @Test
    void anUnavailableVariantFailsItsTrialSayingSoInsteadOfProducingANumber() {
        String classpath = ChildJvmOptions.defaults().classpath();
        assumeTrue(Files.isDirectory(Path.of(classpath)), "unit tests run from target/classes, where AOT_CACHE cannot work");
        StartupCostBenchmark.ChildJvms state = new StartupCostBenchmark.ChildJvms();
        state.variant = StartupVariant.AOT_CACHE;
        IllegalStateException e = assertThrows(IllegalStateException.class, state::checkVariant);
        assertTrue(e.getMessage().startsWith("start-up variant AOT_CACHE is not available on this JDK: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("no result is recorded for it"), e.getMessage());
    }
}
