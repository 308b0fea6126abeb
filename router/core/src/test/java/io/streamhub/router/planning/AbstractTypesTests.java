package io.streamhub.router.planning;

import io.streamhub.router.TestSupergraphs;
import io.streamhub.router.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AbstractTypesTests {

	private final DefaultQueryPlanner streamhub = new DefaultQueryPlanner(
			Supergraph.parse(TestSupergraphs.sdl("streamhub")));

	@Test
	void unionMembersAreCompletedFromTheirOwnersInParallel() {
		assertThat(QueryPlanPrinter.print(this.streamhub.plan(
				"{ search(text: \"x\") { __typename ... on Video { title commentCount } ... on User { username uploadCount } } }",
				null)))
			.isEqualTo(
					"""
							QueryPlan {
							  Sequence {
							    Fetch(service: "videos") {
							      { search(text:"x") { __typename ... on Video { __typename title id } ... on User { __typename uploadCount id } } }
							    },
							    Parallel {
							      Flatten(path: "search.@") {
							        Fetch(service: "comments") {
							          { ... on Video { __typename id } } =>
							          { ... on Video { commentCount } }
							        },
							      },
							      Flatten(path: "search.@") {
							        Fetch(service: "users") {
							          { ... on User { __typename id } } =>
							          { ... on User { username } }
							        },
							      },
							    },
							  },
							}""");
	}

	@Test
	void interfaceImplementationsAreSelectedPerConcreteType() {
		assertThat(QueryPlanPrinter
			.print(this.streamhub.plan("{ feed { id ... on Video { commentCount } ... on Playlist { size } } }", null)))
			.isEqualTo("""
					QueryPlan {
					  Sequence {
					    Fetch(service: "videos") {
					      { feed { __typename ... on Playlist { id size } ... on Video { id __typename } } }
					    },
					    Flatten(path: "feed.@") {
					      Fetch(service: "comments") {
					        { ... on Video { __typename id } } =>
					        { ... on Video { commentCount } }
					      },
					    },
					  },
					}""");
	}

}
