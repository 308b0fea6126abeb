package io.streamhub.availability.offer;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.streamhub.availability.access.Video;
import io.streamhub.availability.access.VideoAccessService;
import io.streamhub.platform.ids.Ids;
import io.streamhub.availability.generated.DgsConstants;
import io.streamhub.availability.generated.types.PriceInput;
import io.streamhub.availability.generated.types.SetAvailabilityInput;
import io.streamhub.availability.platforms.Platform;
import io.streamhub.availability.platforms.PlatformDataLoader;
import io.streamhub.availability.platforms.PlatformService;
import io.streamhub.platform.errors.NotFoundException;
import io.streamhub.platform.security.AuthenticatedUser;
import io.streamhub.platform.security.Role;
import io.streamhub.platform.security.Viewer;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@code Video.availability}, {@code PlatformAvailability.platform} (both batched) and
 * the admin mutations setting availability by hand.
 */
@DgsComponent
class AvailabilityDataFetcher {

	/** Available offers first, then the cheapest kinds of offer. */
	private static final Comparator<Offer> ORDER = Comparator.comparing((Offer offer) -> !offer.available())
		.thenComparing(Offer::offerType)
		.thenComparing((offer) -> (offer.price() != null) ? offer.price().amount() : BigDecimal.ZERO)
		.thenComparing(Offer::platformId);

	private final OfferService offers;

	private final PlatformService platforms;

	private final VideoAccessService videos;

	AvailabilityDataFetcher(OfferService offers, PlatformService platforms, VideoAccessService videos) {
		this.offers = offers;
		this.platforms = platforms;
		this.videos = videos;
	}

	/**
	 * Served from the cache or PostgreSQL only: a platform that is failing or slow never
	 * delays it.
	 */
	@DgsData(parentType = DgsConstants.VIDEO.TYPE_NAME, field = DgsConstants.VIDEO.Availability)
	CompletableFuture<List<Offer>> availability(@InputArgument @Nullable String region, DataFetchingEnvironment env) {
		Video video = env.getSource();
		String wanted = OfferInput.region((region != null) ? region : "US", "region");
		DataLoader<UUID, List<Offer>> loader = env.getDataLoader(AvailabilityDataLoader.NAME);
		return loader.load(video.id())
			.thenApply((all) -> (all == null) ? List.<Offer>of()
					: all.stream().filter((offer) -> offer.region().equals(wanted)).sorted(ORDER).toList());
	}

	@DgsData(parentType = DgsConstants.PLATFORMAVAILABILITY.TYPE_NAME,
			field = DgsConstants.PLATFORMAVAILABILITY.Platform)
	CompletableFuture<Platform> platform(DataFetchingEnvironment env) {
		Offer offer = env.getSource();
		return PlatformDataLoader.load(env, offer.platformId());
	}

	@DgsMutation
	Mono<Offer> setAvailability(@InputArgument SetAvailabilityInput input, DataFetchingEnvironment env) {
		AuthenticatedUser admin = Viewer.requireRole(env, Role.ADMIN);
		UUID videoId = Ids.parse(input.getVideoId(), "videoId");
		UUID platformId = Ids.parse(input.getPlatformId(), "platformId");
		OfferInput offer = new OfferInput(input.getRegion(), OfferType.valueOf(input.getOfferType().name()),
				input.getUrl(), price(input.getPrice()));
		return requireTargets(videoId, platformId)
			.then(this.offers.applyRegion(platformId, new TitleSnapshot(videoId, List.of(offer)), offer.region(),
					admin.id()))
			.then(this.offers.offers(videoId, platformId).filter((row) -> row.region().equals(offer.region())).next());
	}

	@DgsMutation
	Mono<Boolean> removeAvailability(@InputArgument String videoId, @InputArgument String platformId,
			@InputArgument String region, DataFetchingEnvironment env) {
		AuthenticatedUser admin = Viewer.requireRole(env, Role.ADMIN);
		UUID video = Ids.parse(videoId, "videoId");
		UUID platform = Ids.parse(platformId, "platformId");
		String code = OfferInput.region(region, "region");
		return requireTargets(video, platform)
			.then(this.offers.applyRegion(platform, new TitleSnapshot(video, List.of()), code, admin.id()))
			.map((changes) -> changes.stream().anyMatch((change) -> change.kind() == ChangeKind.REMOVED));
	}

	private Mono<Void> requireTargets(UUID videoId, UUID platformId) {
		return this.videos.requireKnown(videoId)
			.then(this.platforms.find(platformId))
			.switchIfEmpty(Mono.error(() -> new NotFoundException("No such platform")))
			.then();
	}

	private static @Nullable Price price(@Nullable PriceInput input) {
		if (input == null) {
			return null;
		}
		return new Price(BigDecimal.valueOf(input.getAmount()), input.getCurrency());
	}

}
