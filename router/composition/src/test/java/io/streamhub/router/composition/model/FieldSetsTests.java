package io.streamhub.router.composition.model;

import java.util.ArrayList;
import java.util.List;

import io.streamhub.router.composition.read.SubgraphReader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldSetsTests {

	private static final String SDL = """
			type Query { order: Order }
			type Order { id: ID! buyer: Buyer lines: [Line!]! }
			interface Buyer { id: ID! }
			type Person implements Buyer { id: ID! country: String }
			type Line { sku: String! qty: Int }
			""";

	private final List<Problem> problems = new ArrayList<>();

	private final Subgraph subgraph = SubgraphReader.read("s", "http://s", SDL, this.problems);

	@Test
	void resolvesNestedSelectionsAndInlineFragments() {
		List<String> unknown = new ArrayList<>();
		List<FieldSets.Target> targets = FieldSets.targets(this.subgraph, "Order",
				"id buyer { ... on Person { country } } lines { sku }", unknown::add);
		assertThat(targets).extracting(FieldSets.Target::coordinate)
			.containsExactly("Order.id", "Order.buyer", "Person.country", "Order.lines", "Line.sku");
		assertThat(unknown).isEmpty();
	}

	@Test
	void reportsFieldsThatDoNotExist() {
		List<String> unknown = new ArrayList<>();
		assertThat(FieldSets.targets(this.subgraph, "Order", "id total", unknown::add)).hasSize(1);
		assertThat(unknown).singleElement().asString().contains("\"total\"").contains("\"Order\"");
	}

	@Test
	void reportsInvalidSyntax() {
		List<String> unknown = new ArrayList<>();
		assertThat(FieldSets.targets(this.subgraph, "Order", "id {", unknown::add)).isEmpty();
		assertThat(unknown).singleElement().asString().contains("invalid field set syntax");
	}

}
