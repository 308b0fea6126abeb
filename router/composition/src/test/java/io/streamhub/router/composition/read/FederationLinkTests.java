package io.streamhub.router.composition.read;

import java.util.List;

import graphql.language.Directive;
import graphql.language.SchemaExtensionDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FederationLinkTests {

	@Test
	void importedDirectivesAreKnownUnderTheirImportedNameOnly() {
		FederationLink link = link("""
				extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", as: "fed",
				  import: [{name: "@key", as: "@primaryKey"}, "@shareable"])
				""");
		assertThat(link.fed2()).isTrue();
		assertThat(link.canonical("primaryKey")).isEqualTo("key");
		assertThat(link.canonical("shareable")).isEqualTo("shareable");
		assertThat(link.canonical("fed__external")).isEqualTo("external");
		assertThat(link.knows("fed__shareable")).isFalse();
		assertThat(link.knows("key")).isFalse();
		assertThat(link.knows("federation__external")).isFalse();
	}

	@Test
	void withoutFederationLinkTheSubgraphIsFederationOne() {
		FederationLink link = FederationLink.from(List.of());
		assertThat(link.fed2()).isFalse();
		assertThat(link.canonical("key")).isEqualTo("key");
		assertThat(link.knows("extends")).isTrue();
	}

	private static FederationLink link(String sdl) {
		SchemaExtensionDefinition schema = (SchemaExtensionDefinition) Parser.parse(sdl).getDefinitions().get(0);
		List<Directive> directives = schema.getDirectives();
		return FederationLink.from(directives);
	}

}
