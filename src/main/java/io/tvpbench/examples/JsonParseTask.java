package io.tvpbench.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tvpbench.api.Task;

import java.io.IOException;

/**
 * An allocation-heavy task: parses a generated JSON document of orders (200, or {@code --task-arg} orders) into
 * a Jackson tree and sums the line totals of every order, weighting one order by the task's index. Each call
 * allocates the whole tree anew, so the garbage collector works as hard as the parser.
 * <p>
 * Run: {@code scripts/tvp run --task io.tvpbench.examples.JsonParseTask --classpath target/tvp-examples.jar}
 */
public class JsonParseTask implements Task {

    private final ObjectMapper mapper = new ObjectMapper();
    private byte[] document;
    private int orders;

    @Override
    public void setUp(String arg) throws IOException {
        orders = arg.isBlank() ? 200 : Integer.parseInt(arg.trim());
        ArrayNode root = mapper.createArrayNode();
        long state = 7;
        for (int i = 0; i < orders; i++) {
            ObjectNode order = root.addObject();
            order.put("id", "order-" + i);
            order.put("customer", "customer-" + (i % 37));
            ArrayNode lines = order.putArray("lines");
            for (int j = 0; j < 5; j++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                ObjectNode line = lines.addObject();
                line.put("sku", "sku-" + (state >>> 52));
                line.put("quantity", (int) (state >>> 60) + 1);
                line.put("priceCents", (int) ((state >>> 40) & 0xFFFF));
            }
        }
        document = mapper.writeValueAsBytes(root);
    }

    @Override
    public long run(long index) throws IOException {
        JsonNode root = mapper.readTree(document);
        long sum = 0;
        int weighted = (int) (index % orders);
        for (int i = 0; i < root.size(); i++) {
            long orderTotal = 0;
            for (JsonNode line : root.get(i).get("lines")) {
                orderTotal += line.get("quantity").asLong() * line.get("priceCents").asLong();
            }
            sum = sum * 31 + (i == weighted ? orderTotal * (index + 1) : orderTotal);
        }
        return sum;
    }
}
