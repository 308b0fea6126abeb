package io.streamhub.media.transcode;

import java.util.ArrayList;
import java.util.List;

import io.streamhub.media.probe.SourceInfo;

/**
 * Chooses the renditions for a source from 1080p / 720p / 480p / 360p (bit rates of the
 * project's seed ladder). A rung is named by the shorter edge, so a portrait 720×1280
 * source gets a portrait 720p rung; rungs above the source are skipped (never upscale),
 * and a source smaller than 360p gets one rung at its own size.
 */
public final class Ladder {

	private static final int[][] RUNGS = { { 1080, 5_000_000 }, { 720, 2_800_000 }, { 480, 1_400_000 },
			{ 360, 800_000 } };

	private Ladder() {
	}

	/**
	 * The rungs for a source, highest first; never empty.
	 * @param source the probed source
	 * @return the rungs
	 */
	public static List<Rung> select(SourceInfo source) {
		List<Rung> rungs = new ArrayList<>();
		for (int[] rung : RUNGS) {
			if (rung[0] <= source.shortEdge()) {
				rungs.add(rung(source, rung[0], rung[1]));
			}
		}
		if (rungs.isEmpty()) {
			int edge = even(source.shortEdge());
			rungs.add(rung(source, edge, RUNGS[RUNGS.length - 1][1]));
		}
		return List.copyOf(rungs);
	}

	private static Rung rung(SourceInfo source, int shortEdge, int bitrate) {
		int longEdge = even((double) Math.max(source.width(), source.height()) * shortEdge / source.shortEdge());
		int width = source.portrait() ? shortEdge : longEdge;
		int height = source.portrait() ? longEdge : shortEdge;
		return new Rung(shortEdge + "p", width, height, bitrate);
	}

	private static int even(double value) {
		return Math.max(2, (int) Math.round(value / 2) * 2);
	}

}
