package io.tvpbench.bench;

class SpinningPartnerTest extends PartnerContractTest {

    @Override
    DispatchLatencyBenchmark.Partner create() {
        return new DispatchLatencyBenchmark.Spinning();
    }
}
