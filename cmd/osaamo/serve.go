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
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/osaamo/osaamo/internal/build"
	"github.com/osaamo/osaamo/internal/serve"
)

const serveUsage = `Usage: osaamo serve [--port 1313] [--bind 127.0.0.1] [--target NAME]

Build the site in memory, drafts and internal material included (each
marked with a banner), and serve it at http://127.0.0.1:1313/. Nothing is
written to disk. Stop with Ctrl-C.`

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	port := fs.Int("port", 1313, "port to listen on")
	bind := fs.String("bind", "127.0.0.1", "address to listen on; anything but loopback exposes your drafts to the network")
	target := fs.String("target", "", "build target from site.yaml (default: the first)")
	now := fs.String("now", "", "reference date for \"this month's theme\", YYYY-MM-DD")
	source := fs.String("source", ".", "project folder holding site.yaml and content/")
	if code, done := parseFlags(fs, args, serveUsage, stdout, stderr); done {
		return code
	}
	res, err := build.Run(os.DirFS(*source), build.Options{Target: *target, Today: *now, Preview: true})
	if err != nil {
		fmt.Fprintf(stderr, "osaamo serve: %v\n", err)
		return exitContent
	}
	printDiags(stderr, res.Diags)
	if res.Diags.HasErrors() {
		fmt.Fprintln(stderr, "osaamo serve: fix the errors above and run serve again")
		return exitContent
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
	srv := &serve.Server{}
	srv.Set(res.Files)
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "serving %d pages at http://%s/ (drafts and internal material shown); press Ctrl-C to stop\n", res.Stats.Pages, ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		hs.Shutdown(shut)
	}()
	if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "osaamo serve: %v\n", err)
		return exitContent
	}
	fmt.Fprintln(stdout, "stopped")
	return exitOK
}
