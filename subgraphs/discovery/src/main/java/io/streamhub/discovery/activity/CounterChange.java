package io.streamhub.discovery.activity;

/**
 * What one video.counters event changed.
 *
 * @param views views added since the previous event (never negative)
 * @param likes likes added (negative when likes were withdrawn)
 */
public record CounterChange(long views, long likes) {

	/**
	 * The trending weight of the change: a like weighs five views; withdrawn likes do not
	 * count against a video.
	 * @return the weight, {@code 0} for none
	 */
	public double trendingWeight() {
		return this.views + 5.0 * Math.max(0, this.likes);
	}

}
