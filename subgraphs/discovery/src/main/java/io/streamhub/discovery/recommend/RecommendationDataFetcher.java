package io.streamhub.discovery.recommend;

import java.util.List;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.discovery.video.Video;
import io.streamhub.platform.errors.BadUserInputException;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Viewer;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@code Query.recommendations}: signed-in users only.
 */
@DgsComponent
class RecommendationDataFetcher {

	private final RecommendationService recommendations;

	RecommendationDataFetcher(RecommendationService recommendations) {
		this.recommendations = recommendations;
	}

	@DgsQuery
	Mono<List<Video>> recommendations(@InputArgument @Nullable Integer first, DataFetchingEnvironment env) {
		AuthenticatedUser viewer = Viewer.require(env);
		int size = (first != null) ? first : 20;
		if (size < 1 || size > 50) {
			return Mono.error(new BadUserInputException("first", "Must be between 1 and 50"));
		}
		return this.recommendations.recommend(viewer.id(), size).map((ids) -> ids.stream().map(Video::of).toList());
	}

}
