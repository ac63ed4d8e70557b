package io.tvpbench.stats;

import org.apache.commons.math3.random.RandomGenerator;

import java.util.ArrayList;
import java.util.List;

/** JMH-shaped data with a known truth: each fork has its own mean (JIT, layout), iterations scatter around it. */
final class SyntheticForks {

    private SyntheticForks() {
    }

    static List<List<Double>> forks(RandomGenerator random, double mean, double forkCv, double iterationCv,
                                    int forks, int iterations) {
        List<List<Double>> data = new ArrayList<>();
        for (int f = 0; f < forks; f++) {
            double forkMean = mean * (1 + forkCv * random.nextGaussian());
            List<Double> its = new ArrayList<>();
            for (int i = 0; i < iterations; i++) {
                its.add(forkMean * (1 + iterationCv * random.nextGaussian()));
            }
            data.add(its);
        }
        return data;
    }

    static double[] means(List<List<Double>> forks) {
        return forks.stream().mapToDouble(f -> f.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).toArray();
    }
}
