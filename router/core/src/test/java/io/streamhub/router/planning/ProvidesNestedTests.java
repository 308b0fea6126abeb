package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProvidesNestedTests {

	private final DefaultQueryPlanner planner = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("provides")));

	private String plan(String query) {
		return QueryPlanPrinter.print(this.planner.plan(query, null));
	}

	@Test
	void nestedProvidesCoverAValueTypeAndOtherFieldsJump() {
		assertThat(plan("{ reviews { author { name address { city } age } } }")).isEqualTo("""
				QueryPlan {
				  Sequence {
				    Fetch(service: "a") {
				      { reviews { author { name address { city } __typename id } } }
				    },
				    Flatten(path: "reviews.@.author") {
				      Fetch(service: "b") {
				        { ... on User { __typename id } } =>
				        { ... on User { age } }
				      },
				    },
				  },
				}""");
	}

	@Test
	void valueTypeFieldOutsideTheProvidesIsFetchedWithItsParentEntity() {
		assertThat(plan("{ reviews { author { address { city zip } } } }")).isEqualTo("""
				QueryPlan {
				  Sequence {
				    Fetch(service: "a") {
				      { reviews { author { __typename id } } }
				    },
				    Flatten(path: "reviews.@.author") {
				      Fetch(service: "b") {
				        { ... on User { __typename id } } =>
				        { ... on User { address { city zip } } }
				      },
				    },
				  },
				}""");
	}

	@Test
	void providesOnAUnionCoverOnlyTheMemberItNames() {
		assertThat(plan("{ media { ... on Book { title } ... on Movie { title } } }")).isEqualTo("""
				QueryPlan {
				  Sequence {
				    Fetch(service: "a") {
				      { media { __typename ... on Book { title } ... on Movie { __typename id } } }
				    },
				    Flatten(path: "media.@") {
				      Fetch(service: "b") {
				        { ... on Movie { __typename id } } =>
				        { ... on Movie { title } }
				      },
				    },
				  },
				}""");
	}

	@Test
	void withoutProvidesUnionMembersJump() {
		assertThat(plan("{ shelf { ... on Book { title } } }")).isEqualTo("""
				QueryPlan {
				  Sequence {
				    Fetch(service: "a") {
				      { shelf { __typename ... on Book { __typename id } } }
				    },
				    Flatten(path: "shelf.@") {
				      Fetch(service: "b") {
				        { ... on Book { __typename id } } =>
				        { ... on Book { title } }
				      },
				    },
				  },
				}""");
	}

}
