/**
 * Watchlists: {@code User.watchlist}, {@code addToWatchlist},
 * {@code removeFromWatchlist}, and who watches a video (the recipients of availability
 * notifications).
 */
@NullMarked
package io.streamhub.availability.watchlist;

import org.jspecify.annotations.NullMarked;
