package io.streamhub.discovery.video;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import io.streamhub.platform.ids.Ids;
import io.streamhub.discovery.generated.DgsConstants;
import io.streamhub.platform.errors.BadUserInputException;
import org.dataloader.DataLoader;

/**
 * {@code Video.similar}, batched by {@link SimilarDataLoader}.
 */
@DgsComponent
class SimilarDataFetcher {

	@DgsData(parentType = DgsConstants.VIDEO.TYPE_NAME, field = DgsConstants.VIDEO.Similar)
	CompletableFuture<List<Video>> similar(@InputArgument Integer first, DgsDataFetchingEnvironment env) {
		int size = (first != null) ? first : 10;
		if (size < 1 || size > 20) {
			throw new BadUserInputException("first", "Must be between 1 and 20");
		}
		Video video = env.getSource();
		DataLoader<SimilarKey, List<Video>> loader = env.getDataLoader(SimilarDataLoader.NAME);
		return loader.load(new SimilarKey(Ids.parse(video.id(), "id"), size));
	}

}
