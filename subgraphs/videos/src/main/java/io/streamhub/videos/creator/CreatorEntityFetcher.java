package io.streamhub.videos.creator;

import java.util.Map;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsEntityFetcher;
import io.streamhub.platform.ids.Ids;
import io.streamhub.videos.generated.DgsConstants;
import org.jspecify.annotations.Nullable;

/**
 * {@code _entities} for {@code User}: any user id is a creator (possibly with no videos);
 * no statement is run. Public because DGS invokes entity fetchers reflectively without
 * making them accessible.
 */
@DgsComponent
public class CreatorEntityFetcher {

	CreatorEntityFetcher() {
	}

	@DgsEntityFetcher(name = DgsConstants.USER.TYPE_NAME)
	public @Nullable User user(Map<String, Object> representation) {
		return Ids.tryParse(representation.get("id")).map(User::new).orElse(null);
	}

}
