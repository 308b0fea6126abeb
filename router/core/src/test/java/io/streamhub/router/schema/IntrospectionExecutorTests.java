package io.streamhub.router.schema;

import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntrospectionExecutorTests {

	private final Supergraph supergraph = TestSupergraphs.streamhub();

	private final IntrospectionExecutor executor = new IntrospectionExecutor(this.supergraph.apiSchema());

	@Test
	void typeIntrospectionListsOnlyAccessibleFields() {
		Document document = Parser.parse(
				"query($t: String!) { me { id } __type(name: $t) { ...F } } fragment F on __Type { name fields { name } }");
		IntrospectionExecutor.Result result = this.executor.execute(document,
				document.getDefinitionsOfType(OperationDefinition.class).get(0), Map.of("t", "User"));
		assertThat(result.errors()).isEmpty();
		assertThat(result.data()).containsOnlyKeys("__type");
		assertThat(result.data().toString()).contains("username").doesNotContain("email");
	}

	@Test
	void schemaIntrospectionHasNoFederationMachinery() {
		Document document = Parser.parse("{ __schema { types { name } directives { name } } }");
		IntrospectionExecutor.Result result = this.executor.execute(document,
				document.getDefinitionsOfType(OperationDefinition.class).get(0), Map.of());
		assertThat(result.errors()).isEmpty();
		assertThat(result.data().toString()).contains("Video").doesNotContain("join__").doesNotContain("link__");
	}

}
