package io.tvpbench.stats;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UslFitTest {

    private static double[] curve(double lambda, double sigma, double kappa, double[] cores) {
        UslFit truth = new UslFit(lambda, sigma, kappa, 1);
        double[] x = new double[cores.length];
        for (int i = 0; i < cores.length; i++) {
            x[i] = truth.predict(cores[i]);
        }
        return x;
    }

    @Test
    void recoversKnownContentionAndCoherency() {
        double[] cores = {1, 2, 4, 8, 16, 32};
        UslFit fit = UslFit.fit(cores, curve(25_000, 0.05, 0.002, cores)).orElseThrow();
        assertEquals(25_000, fit.lambda(), 25_000 * 1e-6);
        assertEquals(0.05, fit.sigma(), 1e-6);
        assertEquals(0.002, fit.kappa(), 1e-7);
        assertEquals(Math.sqrt(0.95 / 0.002), fit.peakCores().orElseThrow(), 1e-3);
        assertEquals(1, fit.rSquared(), 1e-9);
    }

    @Test
    void recoversAmdahlCurveWithoutPeakFromThreePoints() {
        double[] cores = {1, 2, 4};
        UslFit fit = UslFit.fit(cores, curve(1_000, 0.2, 0, cores)).orElseThrow();
        assertEquals(0.2, fit.sigma(), 1e-6);
        assertEquals(0, fit.kappa(), 1e-9);
        assertEquals(Optional.empty(), fit.peakCores());
    }

    @Test
    void linearScalingHasNoContention() {
        double[] cores = {1, 2, 3, 4};
        UslFit fit = UslFit.fit(cores, new double[]{10, 20, 30, 40}).orElseThrow();
        assertEquals(0, fit.sigma(), 1e-6);
        assertEquals(10, fit.lambda(), 1e-6);
    }

    @Test
    void needsThreeDistinctCoreCounts() {
        assertTrue(UslFit.fit(new double[]{1, 2, 2}, new double[]{10, 18, 19}).isEmpty());
    }
}
