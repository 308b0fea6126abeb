package io.streamhub.router.composition.read;

import java.util.ArrayList;
import java.util.List;

import io.streamhub.router.composition.model.Problem;
import io.streamhub.router.composition.model.Subgraph;
import io.streamhub.router.composition.model.SubgraphType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Fed1UpgraderTests {

	private final List<Problem> problems = new ArrayList<>();

	@Test
	void upgradesTypeExtensionsLikeApollo() {
		Subgraph owner = read("owner", """
				type Query { me: User money: Money }
				type User @key(fields: "id") { id: ID! name: String }
				type Money { amount: Int }
				""");
		Subgraph extender = read("extender",
				"""
						extend type Query { total: Money }
						extend type User @key(fields: "id") { id: ID! @external name: String @external nickname: String @external age: Int @requires(fields: "name") }
						type Money { amount: Int }
						""");
		Fed1Upgrader.upgrade(List.of(owner, extender), this.problems);
		SubgraphType user = extender.types().get("User");
		assertThat(this.problems).isEmpty();
		assertThat(user.isExtension()).isFalse();
		assertThat(user.keys()).singleElement().satisfies((key) -> assertThat(key.extension()).isFalse());
		assertThat(user.fields().get("id").external()).as("key field of an extension").isFalse();
		assertThat(user.fields().get("name").external()).as("used by @requires").isTrue();
		assertThat(user.fields()).as("unused external removed").doesNotContainKey("nickname");
		assertThat(extender.types().get("Money").shareable()).as("value type defined elsewhere").isTrue();
		assertThat(owner.types().get("User").fields().get("name").shareable()).as("resolved by one subgraph only")
			.isFalse();
	}

	@Test
	void typeWithOnlyUnusedExternalsThatIsReferencedIsAnError() {
		Subgraph subgraph = read("s", "type Query { thing: Thing } type Thing { name: String @external }");
		Fed1Upgrader.upgrade(List.of(subgraph), this.problems);
		assertThat(this.problems).extracting(Problem::code).containsExactly("TYPE_WITH_ONLY_UNUSED_EXTERNAL");
	}

	private Subgraph read(String name, String sdl) {
		Subgraph subgraph = SubgraphReader.read(name, "http://" + name, sdl, this.problems);
		assertThat(subgraph).isNotNull();
		assertThat(subgraph.fed2()).isFalse();
		return subgraph;
	}

}
