package io.tvpbench.bench;

class SpinThenParkPartnerTest extends PartnerContractTest {

    @Override
    DispatchLatencyBenchmark.Partner create() {
        return new DispatchLatencyBenchmark.SpinThenPark();
    }
}
