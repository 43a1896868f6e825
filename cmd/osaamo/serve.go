package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/diag"
	"github.com/osaamo/osaamo/internal/output"
	"github.com/osaamo/osaamo/internal/serve"
	"github.com/osaamo/osaamo/internal/watch"
)

const serveUsage = `Usage: osaamo serve [--port 1313] [--bind 127.0.0.1] [--target NAME] [--open]

Build the site in memory, drafts and internal material included (each
marked with a banner), serve it at http://127.0.0.1:1313/ and rebuild on
every save of content/, themes/, layouts/, static/ or site.yaml. An open
page reloads when what it shows changed and keeps its scroll position; a
build error is shown over the page, which keeps showing the last good
build. Nothing is written to disk. Stop with Ctrl-C.

Only this computer can connect unless --bind names another address.`

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	port := fs.Int("port", 1313, "port to listen on")
	bind := fs.String("bind", "127.0.0.1", "address to listen on; anything but loopback shows your drafts to the network")
	target := fs.String("target", "", "build target from site.yaml (default: the first)")
	now := fs.String("now", "", "reference date for \"this month's theme\", YYYY-MM-DD")
	source := fs.String("source", ".", "project folder holding site.yaml and content/")
	open := fs.Bool("open", false, "open the site in the default browser")
	if code, done := parseFlags(fs, args, serveUsage, stdout, stderr); done {
		return code
	}
	if !loopback(*bind) {
		fmt.Fprintf(stderr, "osaamo serve: warning: --bind %q lets other computers see drafts and internal material\n", *bind)
	}
	addr := net.JoinHostPort(*bind, strconv.Itoa(*port))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			fmt.Fprintf(stderr, "osaamo serve: port %d is already in use (another osaamo serve?); choose another with --port %d\n", *port, *port+1)
		} else {
			fmt.Fprintf(stderr, "osaamo serve: listen on %s: %v\n", addr, err)
		}
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	p := newPreview(*source, build.Options{Target: *target, Today: *now, Preview: true}, stdout, stderr)
	if *open {
		p.ready = func(url string) { openBrowser(url, stderr) }
	}
	go func() {
		<-ctx.Done()
		stop() // a second Ctrl-C ends osaamo at once
	}()
	if err := p.run(ctx, ln); err != nil {
		fmt.Fprintf(stderr, "osaamo serve: %v\n", err)
		return exitContent
	}
	fmt.Fprintln(stdout, "stopped")
	return exitOK
}

// loopback reports whether addr only accepts connections from this
// computer. "" and "0.0.0.0" listen on every interface.
func loopback(addr string) bool {
	if addr == "localhost" {
		return true
	}
	ip := net.ParseIP(addr)
	return ip != nil && ip.IsLoopback()
}

// openBrowser opens url in the default browser, if the system has a way.
func openBrowser(url string, stderr io.Writer) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.Command("open", url)
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if err := cmd.Start(); err != nil {
		fmt.Fprintf(stderr, "osaamo serve: cannot open a browser (%v); open %s yourself\n", err, url)
		return
	}
	go cmd.Wait()
}

// preview is one run of osaamo serve: it watches the project, rebuilds
// on each change set, and hands the server each good build and each
// failed one.
type preview struct {
	root           string
	builder        *build.Builder
	srv            *serve.Server
	stdout, stderr io.Writer
	// quiet is the watcher's debounce window; 0 is watch's default.
	quiet time.Duration
	// ready, when set, is called with the site's URL once it is served.
	ready func(url string)
	// settled, when set, is called each time the search index of the
	// latest build is served and no other build waits for one.
	settled func()

	pages     output.Files // the last good build, without the search index
	index     output.Files // the search index files being served
	latest    *build.Result
	indexing  bool
	nextIndex *build.Result // waits for the index being built
	indexed   chan indexed
	lastDiags string
}

// indexed is a search index built in the background.
type indexed struct {
	res   *build.Result
	files output.Files
}

func newPreview(root string, opts build.Options, stdout, stderr io.Writer) *preview {
	return &preview{root: root, builder: build.New(os.DirFS(root), opts), srv: &serve.Server{},
		stdout: stdout, stderr: stderr, indexed: make(chan indexed, 1)}
}

// run serves on ln until ctx is done, then closes the event streams,
// the server and the watcher.
func (p *preview) run(ctx context.Context, ln net.Listener) error {
	w, err := watch.New(p.root, watch.Options{Quiet: p.quiet})
	if err != nil {
		ln.Close()
		return err
	}
	defer w.Close()

	start := time.Now()
	res, err := p.builder.Update(nil)
	good := p.publish(res, err, start, nil)

	hs := &http.Server{Handler: p.srv, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	url := "http://" + ln.Addr().String() + "/"
	if good {
		fmt.Fprintf(p.stdout, "serving %d pages at %s (drafts and internal material shown); press Ctrl-C to stop\n", res.Stats.Pages, url)
	} else {
		fmt.Fprintf(p.stdout, "serving at %s once the errors above are fixed; press Ctrl-C to stop\n", url)
	}
	if p.ready != nil {
		p.ready(url)
	}

	for {
		select {
		case <-ctx.Done():
			p.srv.Close()
			shut, cancel := context.WithTimeout(context.Background(), 3*time.Second)
			defer cancel()
			return hs.Shutdown(shut)
		case err := <-served:
			return err
		case set, ok := <-w.Changes():
			if !ok {
				return errors.New("the file watcher stopped")
			}
			start := time.Now()
			res, err := p.builder.Update(set)
			p.publish(res, err, start, set)
		case err := <-w.Errors():
			fmt.Fprintf(p.stderr, "osaamo serve: watching files: %v\n", err)
		case done := <-p.indexed:
			p.indexDone(done)
		}
	}
}

// publish hands a build to the server and the terminal, and reports
// whether it was good.
func (p *preview) publish(res *build.Result, err error, start time.Time, set []string) bool {
	if err != nil {
		fmt.Fprintf(p.stderr, "osaamo serve: %v\nbuild failed (%s); the browser shows the error and the last good build\n", err, describe(set))
		p.lastDiags = ""
		p.srv.Fail(diag.List{{Message: err.Error(), Hint: "fix the theme or the layout named in the message"}})
		return false
	}
	if text := diagText(res.Diags); text != p.lastDiags {
		// Print diagnostics when they change, not on every save.
		printDiags(p.stderr, res.Diags)
		p.lastDiags = text
	}
	if res.Diags.HasErrors() {
		fmt.Fprintf(p.stderr, "build failed (%s); the browser shows the errors and the last good build\n", describe(set))
		p.srv.Fail(res.Diags)
		return false
	}
	p.pages, p.latest = res.Files, res
	changed := p.srv.Set(merge(p.pages, p.index))
	if set != nil {
		fmt.Fprintf(p.stdout, "rebuilt %d %s in %d ms (%s)\n", pages(changed), plural(pages(changed), "page", "pages"),
			time.Since(start).Milliseconds(), describe(set))
	}
	p.startIndex(res)
	return true
}

// startIndex builds res's search index in the background, or queues it
// behind the one being built. The index changes no page, so pages are
// served without waiting for it.
func (p *preview) startIndex(res *build.Result) {
	if p.indexing {
		p.nextIndex = res
		return
	}
	p.indexing = true
	go func() {
		_, files := p.builder.Index(res)
		p.indexed <- indexed{res, files}
	}()
}

// indexDone serves a finished index if it belongs to the latest build,
// and starts the next one if a build came in meanwhile.
func (p *preview) indexDone(done indexed) {
	p.indexing = false
	if done.res == p.latest && len(serve.Changed(p.index, done.files)) > 0 {
		p.index = done.files
		p.srv.Set(merge(p.pages, p.index))
	}
	if next := p.nextIndex; next != nil {
		p.nextIndex = nil
		if next == p.latest {
			p.startIndex(next)
			return
		}
	}
	if done.res == p.latest && p.settled != nil {
		p.settled()
	}
}

// merge returns the pages with the search index files added.
func merge(pages, index output.Files) output.Files {
	out := make(output.Files, len(pages)+len(index))
	for name, data := range pages {
		out[name] = data
	}
	for name, data := range index {
		out[name] = data
	}
	return out
}

// pages counts the HTML pages among output paths.
func pages(paths []string) int {
	n := 0
	for _, p := range paths {
		if strings.HasSuffix(p, ".html") {
			n++
		}
	}
	return n
}

// describe names a change set for the terminal.
func describe(set []string) string {
	switch len(set) {
	case 0:
		return "first build"
	case 1:
		return set[0]
	}
	return fmt.Sprintf("%s and %d more", set[0], len(set)-1)
}

func diagText(ds diag.List) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}
