#!/usr/bin/env bash
# The transcode benchmark, one command: the full HLS ladder of a generated 60 s 1080p clip made three
# ways with the SAME ffmpeg binary (the one jave2 ships), in the same run on the same machine:
#   1. our worker's code path (media-worker's TranscodeCommandLine: probe, ONE ffmpeg run for the whole
#      ladder, measured master playlist; the thumbnail is timed separately),
#   2. a hand-written single ffmpeg command line with the same ladder (below, written by hand),
#   3. one ffmpeg run per rung (the source decoded once per rendition).
# Prints wall times, ratios, media-seconds per wall-second and the load average; writes
# bench/results/media-<date>.md.
#
#   bash bench/media/run-media-bench.sh
#
# Environment knobs: DURATION (60), PRESET (veryfast), ROUNDS (1: each way once, interleaved per round),
# SKIP_BUILD=1 (use media-worker/target as built).
set -euo pipefail

MEDIA_BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$MEDIA_BENCH/../.." && pwd)"
DURATION="${DURATION:-60}"
PRESET="${PRESET:-veryfast}"
ROUNDS="${ROUNDS:-1}"
WORK="$ROOT/media-worker/target/media-bench"
STAMP="${STAMP:-$(date -u +%Y-%m-%dT%H-%M-%SZ)}"
RESULTS="$ROOT/bench/results/media-$STAMP.md"

log() { printf '[media-bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
# CPU seconds (user + sys) used so far by every finished child of this shell (ffmpeg included, also
# when java started it): unlike wall time, it hardly depends on what else the machine is doing.
# Sets CPU_NOW (in this shell: `times` in a subshell would only see the subshell's children).
child_cpu() {
	times >"$WORK/.times"
	CPU_NOW=$(tail -1 "$WORK/.times" | awk '{ total = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); total += p[1] * 60 + p[2] } printf "%.2f", total }')
}

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
	log "building media-worker"
	(cd "$ROOT" && mvn -B -q -pl media-worker package -DskipTests)
fi
CP="$ROOT/media-worker/target/streamhub-media-worker-0.1.0-SNAPSHOT.jar:$(cat "$ROOT/media-worker/target/runtime.classpath")"
CLI=(java -cp "$CP" io.streamhub.media.cli.TranscodeCommandLine)
FFMPEG="$("${CLI[@]}" --ffmpeg | tail -1)"
mkdir -p "$WORK" && rm -rf "$WORK"/worker-* "$WORK"/hand-* "$WORK"/perrung-*
SOURCE="$WORK/source-${DURATION}s-1080p.mp4"

if [[ ! -s "$SOURCE" ]]; then
	log "generating a ${DURATION} s 1920x1080 30 fps clip with a tone ($FFMPEG)"
	"$FFMPEG" -hide_banner -nostdin -loglevel error -y -f lavfi -i testsrc2=size=1920x1080:rate=30 \
		-f lavfi -i sine=frequency=440:sample_rate=48000 -t "$DURATION" \
		-c:v libx264 -preset ultrafast -crf 18 -pix_fmt yuv420p -c:a aac -b:a 128k "$SOURCE.tmp.mp4"
	mv "$SOURCE.tmp.mp4" "$SOURCE"
fi

# Same ladder as media-worker's Ladder/LadderCommand for a 1080p source with audio, written by hand.
hand_written() {
	local out="$1"
	mkdir -p "$out"
	"$FFMPEG" -hide_banner -nostdin -y -loglevel error -i "$SOURCE" \
		-filter_complex "[0:v]split=4[a][b][c][d];[a]scale=1920:1080[v0];[b]scale=1280:720[v1];[c]scale=854:480[v2];[d]scale=640:360[v3]" \
		-map "[v0]" -map 0:a:0 -map "[v1]" -map 0:a:0 -map "[v2]" -map 0:a:0 -map "[v3]" -map 0:a:0 \
		-c:v libx264 -profile:v high -preset "$PRESET" -pix_fmt yuv420p -sc_threshold 0 \
		-force_key_frames "expr:gte(t,n_forced*2)" \
		-b:v:0 5000k -maxrate:v:0 5500k -bufsize:v:0 10000k \
		-b:v:1 2800k -maxrate:v:1 3080k -bufsize:v:1 5600k \
		-b:v:2 1400k -maxrate:v:2 1540k -bufsize:v:2 2800k \
		-b:v:3 800k -maxrate:v:3 880k -bufsize:v:3 1600k \
		-c:a aac -b:a 128k -ac 2 \
		-f hls -hls_time 6 -hls_playlist_type vod -hls_flags independent_segments \
		-hls_segment_filename "$out/%v/segment_%03d.ts" -master_pl_name master.m3u8 \
		-var_stream_map "v:0,a:0,name:1080p v:1,a:1,name:720p v:2,a:2,name:480p v:3,a:3,name:360p" \
		"$out/%v/index.m3u8"
}

# One ffmpeg run per rung: the source is decoded four times.
per_rung() {
	local out="$1" name size rate
	for rung in "1080p 1920:1080 5000" "720p 1280:720 2800" "480p 854:480 1400" "360p 640:360 800"; do
		read -r name size rate <<<"$rung"
		mkdir -p "$out/$name"
		"$FFMPEG" -hide_banner -nostdin -y -loglevel error -i "$SOURCE" -vf "scale=$size" \
			-c:v libx264 -profile:v high -preset "$PRESET" -pix_fmt yuv420p -sc_threshold 0 \
			-force_key_frames "expr:gte(t,n_forced*2)" \
			-b:v "${rate}k" -maxrate "$((rate * 11 / 10))k" -bufsize "$((rate * 2))k" \
			-c:a aac -b:a 128k -ac 2 \
			-f hls -hls_time 6 -hls_playlist_type vod -hls_flags independent_segments \
			-hls_segment_filename "$out/$name/segment_%03d.ts" "$out/$name/index.m3u8"
	done
}

declare -A TOTAL=([worker]=0 [hand]=0 [perrung]=0)
declare -A CPU=([worker]=0 [hand]=0 [perrung]=0)
add_cpu() { CPU[$1]=$(awk -v a="${CPU[$1]}" -v b="$2" -v c="$3" 'BEGIN { print a + c - b }'); }
LOADS=()
WORKER_JSON=""
for round in $(seq 1 "$ROUNDS"); do
	log "round $round: worker (load $(load))"
	LOADS+=("$(load)")
	child_cpu; c0=$CPU_NOW; t0=$(now)
	WORKER_JSON="$("${CLI[@]}" "$SOURCE" "$WORK/worker-$round" "$PRESET" | tail -1)"
	t1=$(now); child_cpu; add_cpu worker "$c0" "$CPU_NOW"
	ladder=$(sed -E 's/.*"ladderSeconds":([0-9.]+).*/\1/' <<<"$WORKER_JSON")
	probe=$(sed -E 's/.*"probeSeconds":([0-9.]+).*/\1/' <<<"$WORKER_JSON")
	TOTAL[worker]=$(awk -v a="${TOTAL[worker]}" -v l="$ladder" -v p="$probe" 'BEGIN { print a + l + p }')
	log "worker: $WORKER_JSON (process wall $(elapsed "$t0" "$t1") s incl. JVM start)"

	log "round $round: hand-written single command (load $(load))"
	LOADS+=("$(load)")
	child_cpu; c0=$CPU_NOW; t0=$(now); hand_written "$WORK/hand-$round"; t1=$(now); child_cpu; add_cpu hand "$c0" "$CPU_NOW"
	TOTAL[hand]=$(awk -v a="${TOTAL[hand]}" -v d="$(elapsed "$t0" "$t1")" 'BEGIN { print a + d }')
	log "hand-written: $(elapsed "$t0" "$t1") s"

	log "round $round: one encode per rung (load $(load))"
	LOADS+=("$(load)")
	child_cpu; c0=$CPU_NOW; t0=$(now); per_rung "$WORK/perrung-$round"; t1=$(now); child_cpu; add_cpu perrung "$c0" "$CPU_NOW"
	TOTAL[perrung]=$(awk -v a="${TOTAL[perrung]}" -v d="$(elapsed "$t0" "$t1")" 'BEGIN { print a + d }')
	log "per rung: $(elapsed "$t0" "$t1") s"
done
LOADS+=("$(load)")

avg() { awk -v t="$1" -v r="$ROUNDS" 'BEGIN { printf "%.2f", t / r }'; }
W=$(avg "${TOTAL[worker]}"); H=$(avg "${TOTAL[hand]}"); P=$(avg "${TOTAL[perrung]}")
WC=$(avg "${CPU[worker]}"); HC=$(avg "${CPU[hand]}"); PC=$(avg "${CPU[perrung]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
speed() { awk -v d="$DURATION" -v w="$1" 'BEGIN { printf "%.2f", d / w }'; }

mkdir -p "$(dirname "$RESULTS")"
cat >"$RESULTS" <<REPORT
# Transcode benchmark $STAMP

Full HLS ladder (1080p/720p/480p/360p, H.264 High + AAC, keyframe 2 s, 6 s segments, x264 preset
$PRESET) of a generated ${DURATION} s 1920x1080 30 fps clip with a tone; same ffmpeg binary
(\`$FFMPEG\`, jave2's bundled 4.4.1), same machine ($(nproc) cores), same run, $ROUNDS round(s),
the three ways interleaved per round. Worker time = probe + the single ffmpeg run + master playlist
measurement (what a job spends between download and upload; JVM start and thumbnail excluded:
thumbnail $(sed -E 's/.*"thumbnailSeconds":([0-9.]+).*/\1/' <<<"$WORKER_JSON") s in the last round).

| way | wall s (mean) | wall vs hand-written | media-s per wall-s | CPU s (user+sys) | CPU vs hand-written |
|---|---|---|---|---|---|
| worker (one ffmpeg run) | $W | $(ratio "$W" "$H")x | $(speed "$W") | $WC | $(ratio "$WC" "$HC")x |
| hand-written single command | $H | 1.00x | $(speed "$H") | $HC | 1.00x |
| one encode per rung | $P | $(ratio "$P" "$H")x | $(speed "$P") | $PC | $(ratio "$PC" "$HC")x |

Worker CPU includes its JVM (start, probe, thumbnail: a few seconds). On a shared machine whose load
swings, wall-time ratios of single runs mostly measure the load; the CPU ratio is the fair comparison
of the work done, and more ROUNDS average the wall times.

Per-rung encodes take $(ratio "$P" "$W")x the worker's time.
Load average (1/5/15 min) before each step and at the end: ${LOADS[*]}
REPORT
cat "$RESULTS"
log "written $RESULTS"
