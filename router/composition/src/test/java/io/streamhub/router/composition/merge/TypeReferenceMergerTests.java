package io.streamhub.router.composition.merge;

import java.util.List;

import io.streamhub.router.composition.model.Supergraph;
import io.streamhub.router.composition.model.SupergraphType;
import io.streamhub.router.composition.model.TypeKind;
import io.streamhub.router.composition.model.TypeRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypeReferenceMergerTests {

	private final Supergraph supergraph = new Supergraph(List.of());

	private final TypeReferenceMerger merger = new TypeReferenceMerger(new Subtyping(this.supergraph));

	@Test
	void outputPositionsTakeTheMostPermissiveType() {
		TypeReferenceMerger.Result result = this.merger.merge(List.of(type("[String!]!"), type("[String]")), false);
		assertThat(result.type()).hasToString("[String]");
		assertThat(result.allEqual()).isFalse();
		assertThat(result.incompatible()).isFalse();
	}

	@Test
	void inputPositionsTakeTheStrictestType() {
		TypeReferenceMerger.Result result = this.merger.merge(List.of(type("Int"), type("Int!")), true);
		assertThat(result.type()).hasToString("Int!");
	}

	@Test
	void objectsAreSubtypesOfTheirInterfacesAndUnions() {
		SupergraphType human = new SupergraphType("Human", TypeKind.OBJECT);
		human.interfaces().put("Friend", List.of("A"));
		SupergraphType result = new SupergraphType("Result", TypeKind.UNION);
		result.members().put("Human", List.of("A"));
		this.supergraph.types().put("Human", human);
		this.supergraph.types().put("Friend", new SupergraphType("Friend", TypeKind.INTERFACE));
		this.supergraph.types().put("Result", result);
		assertThat(this.merger.merge(List.of(type("Human"), type("Friend")), false).type()).hasToString("Friend");
		assertThat(this.merger.merge(List.of(type("Result"), type("Human!")), false).type()).hasToString("Result");
	}

	@Test
	void unrelatedTypesAreIncompatible() {
		assertThat(this.merger.merge(List.of(type("Int"), type("String")), false).incompatible()).isTrue();
		assertThat(this.merger.merge(List.of(type("String"), type("[String]")), false).incompatible()).isTrue();
	}

	private static TypeRef type(String text) {
		return TypeRef.of(new graphql.parser.Parser().parseType(text));
	}

}
