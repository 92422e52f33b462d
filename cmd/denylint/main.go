// Command denylint finds the S3 403 Access Denied before deployment.
package main

import (
	"context"
	"os"
	"os/signal"

	"github.com/denylint/denylint/cli"
	"github.com/denylint/denylint/internal/gctune"
)

func main() {
	gctune.Apply()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := cli.Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
