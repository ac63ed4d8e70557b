package io.tvpbench.bench;

class ParkingPartnerTest extends PartnerContractTest {

    @Override
    DispatchLatencyBenchmark.Partner create() {
        return new DispatchLatencyBenchmark.Parking();
    }
}
