package io.tvpbench.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every thread floor of {@link DispatchLatencyBenchmark} is a hand-off that loses no wake-up: each round trip comes
 * back with its own value, in a tight loop and when the caller dawdles long enough for the partner to park, and
 * the partner is gone when the trial ends. A lost wake-up would hang, so each test has a deadline.
 */
abstract class PartnerContractTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private DispatchLatencyBenchmark.Partner partner;

    abstract DispatchLatencyBenchmark.Partner create();

    @BeforeEach
    void start() {
        partner = create();
        partner.start();
    }

    @AfterEach
    void stop() {
        assertTimeoutPreemptively(DEADLINE, () -> partner.stop());
        assertFalse(partner.partner.thread.isAlive(), "the partner thread ends with the trial");
    }

    @Test
    void everyRoundTripReturnsItsOwnValueInATightLoop() {
        assertTimeoutPreemptively(DEADLINE, () -> {
            for (long i = 1; i <= 200_000; i++) {
                assertEquals(i, partner.roundTrip());
            }
        });
    }

    @Test
    void aPartnerThatParkedBetweenRequestsIsWoken() {
        assertTimeoutPreemptively(DEADLINE, () -> {
            for (long i = 1; i <= 2_000; i++) {
                assertEquals(i, partner.roundTrip());
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(50)); // longer than any spin: the partner parks
            }
        });
    }
}
