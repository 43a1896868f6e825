#!/usr/bin/env bash
# bench-compare.sh builds the same synthetic corpus with osaamo, with Hugo,
# with Hugo + Pagefind and with the "floor" (read + goldmark + write), in
# alternating runs, and reports medians, ratios against the budgets of
# issue 9, peak RSS and the output weight of a typical osaamo page.
#
#   scripts/bench-compare.sh [--rounds N] [--no-warmup] [--results DIR]
#                            [--keep] [--build-hugo-latest] [SIZE ...]
#
# SIZE is a page count (default: 1000 10000). See docs/performance.md for
# the method and what each tool does.
set -euo pipefail

usage() {
	cat <<'EOF'
Usage: scripts/bench-compare.sh [options] [SIZE ...]

Builds a synthetic corpus of SIZE pages (default: 1000 10000) with osaamo,
Hugo, Hugo + Pagefind and the floor program, alternating tools in every
round, and prints medians, ratios and peak RSS as Markdown (also written to
the results folder, with the raw runs as TSV).

Options:
  --rounds N           rounds per size; the first is a warm-up and is not
                       counted unless N is 1 (default: $ROUNDS or 5)
  --no-warmup          count every round, the first too: for large sizes,
                       where one Hugo build takes minutes and the corpus
                       has just been written (so is in the page cache)
  --results DIR        folder for results.md, runs.tsv and machine.txt
                       (default: $RESULTS or /tmp/osaamo-bench-DATE)
  --keep               keep the work folder (corpora and outputs)
  --build-hugo-latest  go install the latest Hugo into scripts/bench/bin
                       first (long on a small machine)
  --hugo-no-related    also time Hugo with related pages left out of its
                       theme (the row hugo-norelated), to show what Hugo's
                       related-content search costs
  -h, --help           this text

Environment:
  ROUNDS, RESULTS      as the options
  SEED                 corpus seed (default 1)
  HUGO                 Debian's hugo (default: hugo on PATH)
  HUGO_LATEST          a newer Hugo to compare too (default:
                       scripts/bench/bin/hugo when it exists)
  HUGO_LATEST_VERSION  version --build-hugo-latest installs (default latest)
  PAGEFIND             pagefind binary (default: the one npm installed
                       under scripts/bench/node_modules)
EOF
}

die() {
	echo "bench-compare: $*" >&2
	exit 1
}
note() { echo "bench-compare: $*" >&2; }

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$root/scripts/bench"

rounds=${ROUNDS:-5}
results=${RESULTS:-}
seed=${SEED:-1}
keep=0
warmup=1
build_latest=0
no_related=0
sizes=()
while (($#)); do
	case $1 in
	--rounds) rounds=${2:?--rounds needs a number}; shift 2 ;;
	--rounds=*) rounds=${1#*=}; shift ;;
	--results) results=${2:?--results needs a folder}; shift 2 ;;
	--results=*) results=${1#*=}; shift ;;
	--keep) keep=1; shift ;;
	--no-warmup) warmup=0; shift ;;
	--build-hugo-latest) build_latest=1; shift ;;
	--hugo-no-related) no_related=1; shift ;;
	-h | --help) usage; exit 0 ;;
	-*) usage >&2; die "unknown option $1" ;;
	*) [[ $1 =~ ^[0-9]+$ ]] || die "size must be a page count, got \"$1\""; sizes+=("$1"); shift ;;
	esac
done
((${#sizes[@]})) || sizes=(1000 10000)
if ! [[ $rounds =~ ^[0-9]+$ ]] || ((rounds < 1)); then
	die "--rounds must be a positive number, got \"$rounds\""
fi
# With one round there is no warm-up: the single run is what is reported.
if ((rounds == 1)); then warmup=0; fi
counted=$((rounds - warmup))

# --- tools ---------------------------------------------------------------

need() { # need COMMAND HOW-TO-INSTALL
	command -v "$1" >/dev/null 2>&1 || die "$1 not found; install it: $2"
}
need go "https://go.dev/dl/ (the version in go.mod)"
need awk "apt-get install -y gawk"
[[ -x /usr/bin/time ]] || die "/usr/bin/time not found (the shell's time cannot report peak RSS); install it: apt-get install -y time"
# Not "| grep -q": grep would exit at the first match and, under pipefail,
# the SIGPIPE of time would fail the check at random.
time_report=$(/usr/bin/time -v true 2>&1) || true
[[ $time_report == *'Maximum resident set size'* ]] || die "/usr/bin/time -v does not report peak RSS; install GNU time: apt-get install -y time"

hugo=${HUGO:-$(command -v hugo || true)}
[[ -n $hugo && -x $hugo ]] || die "hugo not found; install Debian's: apt-get install -y hugo (or set HUGO=/path/to/hugo)"

if ((build_latest)); then
	note "building Hugo ${HUGO_LATEST_VERSION:-latest} into $bench/bin (this takes a while)"
	mkdir -p "$bench/bin"
	# GOTOOLCHAIN=auto: a new Hugo may need a newer Go than the one installed.
	if ! (cd "$bench" && GOTOOLCHAIN=auto GOBIN="$bench/bin" \
		go install "github.com/gohugoio/hugo@${HUGO_LATEST_VERSION:-latest}"); then
		note "could not build the latest Hugo; continuing without it"
	fi
fi
hugo_latest=${HUGO_LATEST:-}
if [[ -z $hugo_latest && -x $bench/bin/hugo ]]; then
	hugo_latest=$bench/bin/hugo
fi
[[ -z $hugo_latest || -x $hugo_latest ]] || die "HUGO_LATEST=$hugo_latest is not an executable"

pagefind=${PAGEFIND:-}
if [[ -z $pagefind ]]; then
	# The native binary the npm package ships; calling it directly keeps
	# Node's start-up out of the timing.
	for p in "$bench"/node_modules/@pagefind/*/bin/pagefind "$bench"/node_modules/@pagefind/*/bin/pagefind_extended; do
		if [[ -x $p ]]; then
			pagefind=$p
			break
		fi
	done
fi
[[ -n $pagefind && -x $pagefind ]] || die "pagefind not found; install it: (cd scripts/bench && npm ci)"

# --- work folder ---------------------------------------------------------

work=$(mktemp -d "${TMPDIR:-/tmp}/osaamo-bench.XXXXXX")
cleanup() {
	if ((keep)); then
		note "kept $work"
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

results=${results:-${TMPDIR:-/tmp}/osaamo-bench-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$results"
tsv=$results/runs.tsv
md=$results/results.md

note "building osaamo, the corpus generator, the Hugo exporter and the floor"
mkdir -p "$work/bin"
(
	cd "$root"
	go build -o "$work/bin/osaamo" ./cmd/osaamo
	go build -o "$work/bin/gen" ./internal/benchcorpus/gen
	go build -o "$work/bin/hugoexport" ./internal/benchcorpus/hugoexport
	go build -o "$work/bin/floor" ./internal/benchcorpus/floor
)

# --- machine -------------------------------------------------------------

{
	echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "cpu: $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
	echo "cores: $(nproc) (of $(grep -c ^processor /proc/cpuinfo) online)"
	echo "ram: $(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
	echo "kernel: $(uname -sr)"
	echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "go: $(go version | cut -d' ' -f3-)"
	commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
	dirty=$(git -C "$root" status --porcelain 2>/dev/null | grep -c . || true)
	echo "osaamo: $commit$( ((dirty)) && echo " + $dirty uncommitted changes in the tree")"
	echo "hugo: $("$hugo" version | cut -d' ' -f2) ($hugo)"
	if [[ -n $hugo_latest ]]; then
		echo "hugo latest: $("$hugo_latest" version | cut -d' ' -f2) ($hugo_latest)"
	else
		echo "hugo latest: not installed (scripts/bench-compare.sh --build-hugo-latest)"
	fi
	echo "pagefind: $("$pagefind" --version | awk '{print $2}')"
	if ((warmup)); then
		echo "rounds: $rounds per size, round 1 is a warm-up and not counted"
	elif ((rounds > 1)); then
		echo "rounds: $rounds per size, all counted (no warm-up)"
	else
		echo "rounds: 1 per size, no warm-up (a trial run, not a measurement)"
	fi
	echo "seed: $seed"
} >"$results/machine.txt"
cat "$results/machine.txt" >&2

# --- runs ----------------------------------------------------------------

printf 'pages\ttool\tround\twarmup\twall_s\tmax_rss_kb\thtml_files\tcpu_s\n' >"$tsv"

# timed OUT-PREFIX CMD...: runs CMD under /usr/bin/time -v, wall-clock
# measured in nanoseconds around it. Sets t_wall and t_cpu (user + system,
# seconds) and t_rss (KB).
timed() {
	local prefix=$1
	shift
	local t0 t1
	t0=$(date +%s%N)
	if ! /usr/bin/time -v -o "$prefix.time" "$@" >"$prefix.out" 2>"$prefix.err"; then
		cat "$prefix.out" "$prefix.err" >&2
		die "failed: $*"
	fi
	t1=$(date +%s%N)
	t_wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.3f", (b-a)/1e9}')
	t_rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$prefix.time")
	t_cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$prefix.time")
}

count_html() { find "$1" -name '*.html' -type f | wc -l; }

# check_site TOOL DIR PAGES: a build that did not produce the site must not
# look fast. Every content page, plus listings, no more than a few hundred
# extra; the sample page has its terms and related pages.
check_site() {
	local tool=$1 dir=$2 pages=$3 n
	n=$(count_html "$dir")
	case $tool in
	floor)
		((n == pages + 1)) || die "$tool wrote $n pages for a $pages-page corpus, want $((pages + 1))"
		;;
	*)
		((n > pages && n < pages + 1000)) || die "$tool wrote $n HTML files for a $pages-page corpus"
		local sample=$dir/tapaukset/t000/tapaus-00000/index.html
		[[ -f $sample ]] || die "$tool did not write tapaukset/t000/tapaus-00000/index.html"
		if [[ $tool != hugo-norelated ]] && ! grep -q 'class="related"' "$sample"; then
			die "$tool: the sample page has no related pages"
		fi
		grep -q 'class="terms"' "$sample" || die "$tool: the sample page has no term links"
		if grep -q 'href="[^"]*\.md"' "$sample"; then die "$tool: the sample page has an unresolved .md link"; fi
		;;
	esac
	case $tool in
	osaamo) [[ -f $dir/search/meta.js ]] || die "osaamo wrote no search index" ;;
	*+pagefind)
		local indexed
		indexed=$(grep -o -m1 '"page_count":[0-9]*' "$dir/pagefind/pagefind-entry.json" | cut -d: -f2)
		((${indexed:-0} >= pages)) || die "$tool: Pagefind indexed ${indexed:-no} pages, want $pages"
		;;
	esac
	html_files=$n
}

# run_tool TOOL PAGES ROUND: one full build into an empty output folder.
run_tool() {
	local tool=$1 pages=$2 round=$3
	local dir=$work/$pages out=$work/$pages/out-$tool log=$work/$pages/log-$tool
	local warm=0
	if ((round == 1 && warmup)); then warm=1; fi
	rm -rf "$out"
	sync
	case $tool in
	osaamo)
		timed "$log" "$work/bin/osaamo" build --source "$dir/osaamo" --out "$out" --quiet
		;;
	floor)
		timed "$log" "$work/bin/floor" -src "$dir/osaamo" -out "$out"
		;;
	hugo | hugo-latest)
		local h=$hugo
		[[ $tool == hugo-latest ]] && h=$hugo_latest
		timed "$log" "$h" --quiet --source "$dir/hugo" --destination "$out"
		;;
	hugo-norelated)
		timed "$log" "$hugo" --quiet --source "$dir/hugo-norelated" --destination "$out"
		;;
	hugo+pagefind | hugo-latest+pagefind)
		local h=$hugo
		[[ $tool == hugo-latest+pagefind ]] && h=$hugo_latest
		timed "$log" "$h" --quiet --source "$dir/hugo" --destination "$out"
		local hw=$t_wall hr=$t_rss hc=$t_cpu
		timed "$log.pf" "$pagefind" --site "$out" --force-language "fi" --quiet
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$pages" "${tool%%+*}:pagefind-step" "$round" "$warm" "$t_wall" "$t_rss" "" "$t_cpu" >>"$tsv"
		t_wall=$(awk -v a="$hw" -v b="$t_wall" 'BEGIN {printf "%.3f", a+b}')
		t_cpu=$(awk -v a="$hc" -v b="$t_cpu" 'BEGIN {printf "%.2f", a+b}')
		if ((hr > t_rss)); then t_rss=$hr; fi
		;;
	esac
	check_site "$tool" "$out" "$pages"
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$pages" "$tool" "$round" "$warm" "$t_wall" "$t_rss" "$html_files" "$t_cpu" >>"$tsv"
	note "$pages pages, round $round$( ((warm)) && echo " (warm-up)"): $tool ${t_wall}s wall, ${t_cpu}s CPU, ${t_rss} KB, $html_files HTML files"
}

tools=(osaamo hugo hugo+pagefind floor)
[[ -n $hugo_latest ]] && tools+=(hugo-latest hugo-latest+pagefind)
((no_related)) && tools+=(hugo-norelated)

# page_weight DIR: the median-sized content page of an osaamo build, with
# every stylesheet and script it links (images excluded), and whether any
# script blocks rendering.
page_weight() {
	local site=$1 page html css=0 js=0 blocking=0 ref f
	page=$(find "$site/tapaukset" "$site/teemat" "$site/sanasto" "$site/aineisto" -mindepth 2 -name index.html -printf '%s %p\n' |
		sort -n | awk '{a[NR]=$2} END {print a[int((NR+1)/2)]}')
	html=$(stat -c %s "$page")
	while read -r ref; do
		f=$(realpath -m "$(dirname "$page")/$ref")
		if [[ -f $f ]]; then css=$((css + $(stat -c %s "$f"))); fi
	done < <(grep -o '<link rel="stylesheet"[^>]*href="[^"]*"' "$page" | sed 's/.*href="//; s/"$//')
	while read -r ref; do
		f=$(realpath -m "$(dirname "$page")/$ref")
		if [[ -f $f ]]; then js=$((js + $(stat -c %s "$f"))); fi
	done < <(grep -o '<script[^>]*src="[^"]*"' "$page" | sed 's/.*src="//; s/"$//')
	# A script blocks rendering unless it is deferred, async or a module;
	# an inline script always runs in place.
	blocking=$(grep -o '<script[^>]*>' "$page" | grep -vc 'defer\|async\|type="module"\|type="application/ld+json"' || true)
	weight_page=${page#"$site"/}
	weight_html=$html weight_css=$css weight_js=$js weight_blocking=$blocking
}

declare -A weight
for pages in "${sizes[@]}"; do
	dir=$work/$pages
	mkdir -p "$dir"
	note "generating $pages pages (seed $seed)"
	(cd "$root" && "$work/bin/gen" -pages "$pages" -seed "$seed" -out "$dir/osaamo" -themes themes) >/dev/null
	"$work/bin/hugoexport" -src "$dir/osaamo" -out "$dir/hugo" >/dev/null
	if ((no_related)); then
		"$work/bin/hugoexport" -no-related -src "$dir/osaamo" -out "$dir/hugo-norelated" >/dev/null
	fi
	for ((r = 1; r <= rounds; r++)); do
		for tool in "${tools[@]}"; do
			run_tool "$tool" "$pages" "$r"
		done
	done
	page_weight "$dir/out-osaamo"
	weight[$pages]="$weight_page $weight_html $weight_css $weight_js $weight_blocking"
	# The outputs of a large size are big; keep only the corpora.
	((keep)) || rm -rf "$dir"/out-*
done

# --- report --------------------------------------------------------------

# stats PAGES TOOL: "median min max median_rss n median_cpu" over the
# counted rounds.
stats() {
	awk -F'\t' -v p="$1" -v t="$2" '
		BEGIN { n = 0 }
		$1 == p && $2 == t && $4 == 0 { w[n] = $5; r[n] = $6; c[n] = $8; n++ }
		function median(a, n,    i, j, x) {
			for (i = 1; i < n; i++) { x = a[i]; for (j = i - 1; j >= 0 && a[j] > x; j--) a[j+1] = a[j]; a[j+1] = x }
			return n % 2 ? a[(n-1)/2] : (a[n/2-1] + a[n/2]) / 2
		}
		END {
			if (!n) { print "- - - - 0 -"; exit }
			mn = w[0]; mx = w[0]; for (i = 1; i < n; i++) { if (w[i] < mn) mn = w[i]; if (w[i] > mx) mx = w[i] }
			printf "%.3f %.3f %.3f %.0f %d %.2f\n", median(w, n), mn, mx, median(r, n), n, median(c, n)
		}' "$tsv"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a/b; else printf "–" }'; }
verdict() { awk -v x="$1" -v max="$2" 'BEGIN { print (x <= max) ? "holds" : "**over**" }'; }

{
	echo "### Build times"
	echo
	if ((warmup)); then
		echo "Median of $counted full builds after one warm-up: wall-clock and CPU (user + system) seconds, and peak RSS (the median of the runs' maxima)."
	elif ((rounds > 1)); then
		echo "Median of $counted full builds, no warm-up (the corpus had just been written, so it was in the page cache): wall-clock and CPU (user + system) seconds, and peak RSS (the median of the runs' maxima)."
	else
		echo "One full build per tool, no warm-up: a trial, not a measurement. Wall-clock and CPU (user + system) seconds, peak RSS."
	fi
	echo
	echo "| pages | tool | median wall (s) | min–max wall (s) | median CPU (s) | peak RSS (MB) |"
	echo "|---:|---|---:|---:|---:|---:|"
	for pages in "${sizes[@]}"; do
		for tool in "${tools[@]}" hugo:pagefind-step; do
			read -r med mn mx rss n cpu < <(stats "$pages" "$tool")
			((n)) || continue
			label=$tool
			[[ $tool == hugo:pagefind-step ]] && label="(Pagefind step of hugo+pagefind)"
			printf '| %s | %s | %s | %s–%s | %s | %s |\n' "$pages" "$label" "$med" "$mn" "$mx" "$cpu" "$(awk -v k="$rss" 'BEGIN {printf "%.0f", k/1024}')"
		done
	done
	echo
	echo "### Budgets (issue 9)"
	echo
	echo "| pages | osaamo / (Hugo + Pagefind) ≤ 0.5 | osaamo / Hugo ≤ 1.0 | osaamo / floor ≤ 2 | RSS osaamo / Hugo ≤ 1.0 |"
	echo "|---:|---:|---:|---:|---:|"
	for pages in "${sizes[@]}"; do
		read -r o _ _ orss _ < <(stats "$pages" osaamo)
		read -r h _ _ hrss _ < <(stats "$pages" hugo)
		read -r hp _ _ _ _ < <(stats "$pages" hugo+pagefind)
		read -r f _ _ _ _ < <(stats "$pages" floor)
		a=$(ratio "$o" "$hp") b=$(ratio "$o" "$h") c=$(ratio "$o" "$f") d=$(ratio "$orss" "$hrss")
		printf '| %s | %s (%s) | %s (%s) | %s (%s) | %s (%s) |\n' "$pages" \
			"$a" "$(verdict "$a" 0.5)" "$b" "$(verdict "$b" 1.0)" "$c" "$(verdict "$c" 2)" "$d" "$(verdict "$d" 1.0)"
	done
	if ((no_related)); then
		echo
		echo "Against Hugo with related pages left out of its theme (osaamo still computes them):"
		echo
		echo "| pages | osaamo / Hugo without related | RSS osaamo / Hugo without related |"
		echo "|---:|---:|---:|"
		for pages in "${sizes[@]}"; do
			read -r o _ _ orss _ < <(stats "$pages" osaamo)
			read -r h _ _ hrss _ < <(stats "$pages" hugo-norelated)
			printf '| %s | %s | %s |\n' "$pages" "$(ratio "$o" "$h")" "$(ratio "$orss" "$hrss")"
		done
	fi
	if [[ -n $hugo_latest ]]; then
		echo
		echo "Against the latest Hugo ($("$hugo_latest" version | cut -d' ' -f2)):"
		echo
		echo "| pages | osaamo / (Hugo latest + Pagefind) | osaamo / Hugo latest | RSS osaamo / Hugo latest |"
		echo "|---:|---:|---:|---:|"
		for pages in "${sizes[@]}"; do
			read -r o _ _ orss _ < <(stats "$pages" osaamo)
			read -r h _ _ hrss _ < <(stats "$pages" hugo-latest)
			read -r hp _ _ _ _ < <(stats "$pages" hugo-latest+pagefind)
			printf '| %s | %s | %s | %s |\n' "$pages" "$(ratio "$o" "$hp")" "$(ratio "$o" "$h")" "$(ratio "$orss" "$hrss")"
		done
	fi
	echo
	echo "### Output weight of a typical osaamo page"
	echo
	echo "The median-sized content page, with every stylesheet and script it links (images excluded), uncompressed."
	echo
	echo "| pages | page | HTML (KB) | CSS (KB) | JS (KB) | total (KB) ≤ 60 | render-blocking scripts |"
	echo "|---:|---|---:|---:|---:|---:|---:|"
	for pages in "${sizes[@]}"; do
		read -r p h c j b <<<"${weight[$pages]}"
		total=$((h + c + j))
		printf '| %s | %s | %.1f | %.1f | %.1f | %.1f (%s) | %s |\n' "$pages" "$p" \
			"$(awk -v x="$h" 'BEGIN {print x/1024}')" "$(awk -v x="$c" 'BEGIN {print x/1024}')" \
			"$(awk -v x="$j" 'BEGIN {print x/1024}')" "$(awk -v x="$total" 'BEGIN {print x/1024}')" \
			"$(verdict "$total" 61440)" "$b"
	done
	echo
	echo "Machine:"
	echo
	sed 's/^/    /' "$results/machine.txt"
} >"$md"

cat "$md"
note "results in $md, raw runs in $tsv"
