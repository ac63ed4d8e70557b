package io.tvpbench.report;

import io.tvpbench.results.RunEnvironment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnvironmentSectionTest {

    @Test
    void namesThePoolsChunkAsPythonsChunksize() {
        assertEquals("up to 16 tasks per message (the analogue of Python's multiprocessing.Pool chunksize), "
                + "2 messages in flight per child", EnvironmentSection.pipeline(new RunEnvironment.Pipeline(16, 2)));
        assertEquals("", EnvironmentSection.pipeline(null), "an older env.json without it shows no row");
    }

    @Test
    void saysWhereTheEchoServerSharedTheMeasuredCpus() {
        assertEquals("own JVM; 1 core: CPUs 1 (outside the measured CPUs); 2 cores: CPUs 0,1 (shares the measured CPUs)",
                EnvironmentSection.echoServer(List.of(new RunEnvironment.EchoServer(1, "1", false),
                        new RunEnvironment.EchoServer(2, "0,1", true))));
        assertEquals("", EnvironmentSection.echoServer(List.of()));
    }
}
