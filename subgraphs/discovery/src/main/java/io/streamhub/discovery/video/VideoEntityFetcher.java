package io.streamhub.discovery.video;

import java.util.Map;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import io.streamhub.platform.ids.Ids;
import io.streamhub.discovery.generated.DgsConstants;
import org.jspecify.annotations.Nullable;

/**
 * {@code _entities} for {@code Video}: a reference for any well-formed id. Nothing about
 * the video is revealed here; {@code similar} only ever lists PUBLIC and READY videos,
 * and a video that is not in the index (private, unlisted, deleted) has none. Public
 * because DGS invokes entity fetchers reflectively.
 */
@DgsComponent
public class VideoEntityFetcher {

	VideoEntityFetcher() {
	}

	@DgsEntityFetcher(name = DgsConstants.VIDEO.TYPE_NAME)
	public @Nullable Video video(Map<String, Object> representation) {
		return Ids.tryParse(representation.get("id")).map(Video::of).orElse(null);
	}

}
