package io.streamhub.media.transcode;

/**
 * One rendition as written, with its measured rates.
 *
 * @param rung what was asked for
 * @param playlist the media playlist, relative to the output directory (e.g.
 * {@code 720p/index.m3u8})
 * @param bandwidth peak bits per second over any segment (the master's BANDWIDTH)
 * @param averageBandwidth bits per second over the whole rendition (AVERAGE-BANDWIDTH)
 * @param codecs the RFC 6381 codecs string, e.g. {@code avc1.64001f,mp4a.40.2}
 */
public record Variant(Rung rung, String playlist, long bandwidth, long averageBandwidth, String codecs) {

}
