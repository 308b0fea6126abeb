package io.streamhub.router.composition.model;

import graphql.language.Type;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeRefTests {

	@Test
	void printsWhatItParses() {
		TypeRef type = TypeRef.of(parse("[[Video!]]!"));
		assertThat(type).hasToString("[[Video!]]!");
		assertThat(type.baseName()).isEqualTo("Video");
		assertThat(type.isNonNull()).isTrue();
	}

	@Test
	void renamesTheBaseTypeOnly() {
		assertThat(TypeRef.of(parse("[RootQuery!]")).rename((name) -> name.equals("RootQuery") ? "Query" : name))
			.hasToString("[Query!]");
	}

	private static Type<?> parse(String type) {
		return new Parser().parseType(type);
	}

}
