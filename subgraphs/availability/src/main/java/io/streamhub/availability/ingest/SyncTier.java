package io.streamhub.availability.ingest;

/**
 * The sync priority tiers.
 */
public enum SyncTier {

	/** Watchlisted or trending videos (every 15 minutes by default). */
	HOT,

	/** Other videos some platform offers or offered (hourly). */
	WARM,

	/** Every video known here (daily): finds titles newly offered. */
	FULL

}
