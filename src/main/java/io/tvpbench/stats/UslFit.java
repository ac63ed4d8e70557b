package io.tvpbench.stats;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.util.Pair;

import java.util.Arrays;
import java.util.Optional;

/**
 * Gunther's Universal Scalability Law, {@code X(N) = λN / (1 + σ(N−1) + κN(N−1))}, fitted by Levenberg-Marquardt.
 * σ is contention (the serial fraction, Amdahl's law), κ coherency (cross-talk that makes throughput fall after a
 * peak); with κ > 0 the peak is at {@code N* = sqrt((1−σ)/κ)}.
 *
 * @param lambda    throughput of one core without contention, in the input's unit
 * @param sigma     contention coefficient, 0 ≤ σ ≤ 1
 * @param kappa     coherency coefficient, κ ≥ 0
 * @param rSquared  coefficient of determination of the fit
 */
public record UslFit(double lambda, double sigma, double kappa, double rSquared) {

    /** The fewest distinct core counts that determine the three parameters. */
    public static final int MIN_POINTS = 3;

    /**
     * Fits the law to throughput measured at several core counts; empty with fewer than {@link #MIN_POINTS}
     * distinct core counts or when the optimizer does not converge.
     */
    public static Optional<UslFit> fit(double[] cores, double[] throughput) {
        if (cores.length != throughput.length) {
            throw new IllegalArgumentException("cores and throughput differ in length");
        }
        if (Arrays.stream(cores).distinct().count() < MIN_POINTS) {
            return Optional.empty();
        }
        double scale = StatUtils.max(throughput);
        if (!(scale > 0)) {
            return Optional.empty();
        }
        double[] y = Arrays.stream(throughput).map(v -> v / scale).toArray();
        int first = minIndex(cores);
        LeastSquaresBuilder problem = new LeastSquaresBuilder()
                .start(new double[]{y[first] / cores[first], 0.01, 0.0001})
                .target(y)
                .model(p -> model(p, cores))
                .parameterValidator(UslFit::clamp)
                .maxEvaluations(10_000)
                .maxIterations(10_000);
        try {
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem.build());
            double[] p = clamp(optimum.getPoint()).toArray();
            return Optional.of(new UslFit(p[0] * scale, p[1], p[2], rSquared(y, optimum.getResiduals())));
        } catch (RuntimeException e) { // TooManyEvaluations/Iterations or a singular problem: no fit to report
            return Optional.empty();
        }
    }

    /** Predicted throughput at {@code n} cores. */
    public double predict(double n) {
        return lambda * n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
    }

    /** The core count of peak throughput, or empty when the law predicts no peak (κ = 0 or σ ≥ 1). */
    public Optional<Double> peakCores() {
        return kappa > 0 && sigma < 1 ? Optional.of(Math.sqrt((1 - sigma) / kappa)) : Optional.empty();
    }

    private static Pair<RealVector, org.apache.commons.math3.linear.RealMatrix> model(RealVector point, double[] cores) {
        double lambda = point.getEntry(0);
        double sigma = point.getEntry(1);
        double kappa = point.getEntry(2);
        double[] values = new double[cores.length];
        double[][] jacobian = new double[cores.length][3];
        for (int i = 0; i < cores.length; i++) {
            double n = cores[i];
            double d = 1 + sigma * (n - 1) + kappa * n * (n - 1);
            values[i] = lambda * n / d;
            jacobian[i][0] = n / d;
            jacobian[i][1] = -lambda * n * (n - 1) / (d * d);
            jacobian[i][2] = -lambda * n * n * (n - 1) / (d * d);
        }
        return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
    }

    private static RealVector clamp(RealVector p) {
        return new ArrayRealVector(new double[]{
                Math.max(p.getEntry(0), 1e-12),
                Math.min(Math.max(p.getEntry(1), 0), 1),
                Math.max(p.getEntry(2), 0)});
    }

    private static double rSquared(double[] y, RealVector residuals) {
        double mean = StatUtils.mean(y);
        double total = 0;
        for (double v : y) {
            total += (v - mean) * (v - mean);
        }
        double residual = residuals.dotProduct(residuals);
        return total == 0 ? 1 : 1 - residual / total;
    }

    private static int minIndex(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }
}
