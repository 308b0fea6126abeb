package io.streamhub.media.transcode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The ONE ffmpeg command line that produces the whole ladder: the source is decoded once,
 * {@code split} into one scaled copy per rung, each encoded with x264 (High profile,
 * keyframe every 2 s, no scene-cut keyframes so segments align across renditions) and,
 * when the source has audio, AAC; the HLS muxer writes 6 s segments, one media playlist
 * per rung ({@code <rung>/index.m3u8}, relative segment URIs) and {@code master.m3u8}.
 * Progress goes to stdout ({@code -progress pipe:1}).
 *
 * @param ffmpeg the executable
 * @param source the input file
 * @param rungs the renditions
 * @param audio whether the source has audio
 * @param outputDir where playlists and segments go
 * @param preset the x264 preset
 */
public record LadderCommand(Path ffmpeg, Path source, List<Rung> rungs, boolean audio, Path outputDir, String preset) {

	/** Seconds between keyframes. */
	public static final int KEYFRAME_SECONDS = 2;

	/** Target segment duration in seconds. */
	public static final int SEGMENT_SECONDS = 6;

	/** The AAC bit rate per rendition. */
	public static final int AUDIO_BITRATE = 128_000;

	/** The master playlist's file name. */
	public static final String MASTER = "master.m3u8";

	/** Each rendition's media playlist, inside the rendition's directory. */
	public static final String MEDIA_PLAYLIST = "index.m3u8";

	public LadderCommand {
		rungs = List.copyOf(rungs);
	}

	/**
	 * The command line.
	 * @return program and arguments
	 */
	public List<String> arguments() {
		List<String> args = new ArrayList<>(List.of(this.ffmpeg.toString(), "-hide_banner", "-nostdin", "-y",
				"-loglevel", "error", "-nostats", "-progress", "pipe:1", "-i", this.source.toString()));
		args.add("-filter_complex");
		args.add(filterGraph());
		for (int i = 0; i < this.rungs.size(); i++) {
			args.addAll(List.of("-map", "[v" + i + "]"));
			if (this.audio) {
				args.addAll(List.of("-map", "0:a:0"));
			}
		}
		args.addAll(List.of("-c:v", "libx264", "-profile:v", "high", "-preset", this.preset, "-pix_fmt", "yuv420p",
				"-sc_threshold", "0", "-force_key_frames", "expr:gte(t,n_forced*" + KEYFRAME_SECONDS + ")"));
		for (int i = 0; i < this.rungs.size(); i++) {
			Rung rung = this.rungs.get(i);
			args.addAll(List.of("-b:v:" + i, Integer.toString(rung.videoBitrate()), "-maxrate:v:" + i,
					Integer.toString(rung.maxRate()), "-bufsize:v:" + i, Integer.toString(rung.bufferSize())));
		}
		if (this.audio) {
			args.addAll(List.of("-c:a", "aac", "-b:a", Integer.toString(AUDIO_BITRATE), "-ac", "2"));
		}
		args.addAll(List.of("-f", "hls", "-hls_time", Integer.toString(SEGMENT_SECONDS), "-hls_playlist_type", "vod",
				"-hls_flags", "independent_segments", "-hls_segment_type", "mpegts", "-hls_segment_filename",
				this.outputDir.resolve("%v").resolve("segment_%03d.ts").toString(), "-master_pl_name", MASTER,
				"-var_stream_map", streamMap(), this.outputDir.resolve("%v").resolve(MEDIA_PLAYLIST).toString()));
		return List.copyOf(args);
	}

	private String filterGraph() {
		StringBuilder graph = new StringBuilder("[0:v]split=").append(this.rungs.size());
		for (int i = 0; i < this.rungs.size(); i++) {
			graph.append("[s").append(i).append(']');
		}
		for (int i = 0; i < this.rungs.size(); i++) {
			Rung rung = this.rungs.get(i);
			graph.append(";[s")
				.append(i)
				.append("]scale=")
				.append(rung.width())
				.append(':')
				.append(rung.height())
				.append(",setsar=1[v")
				.append(i)
				.append(']');
		}
		return graph.toString();
	}

	private String streamMap() {
		StringJoiner map = new StringJoiner(" ");
		for (int i = 0; i < this.rungs.size(); i++) {
			map.add("v:" + i + (this.audio ? ",a:" + i : "") + ",name:" + this.rungs.get(i).name());
		}
		return map.toString();
	}

}
