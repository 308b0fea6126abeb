package io.streamhub.discovery.trending;

import java.util.List;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.streamhub.discovery.generated.types.TrendingWindow;
import io.streamhub.discovery.video.Video;
import io.streamhub.platform.errors.BadUserInputException;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@code Query.trending}.
 */
@DgsComponent
class TrendingDataFetcher {

	private final TrendingService trending;

	TrendingDataFetcher(TrendingService trending) {
		this.trending = trending;
	}

	@DgsQuery
	Mono<List<Video>> trending(@InputArgument @Nullable TrendingWindow window, @InputArgument @Nullable Integer first) {
		int size = (first != null) ? first : 20;
		if (size < 1 || size > 50) {
			return Mono.error(new BadUserInputException("first", "Must be between 1 and 50"));
		}
		return this.trending.top((window != null) ? window : TrendingWindow.DAY, size)
			.map((ids) -> ids.stream().map(Video::of).toList());
	}

}
