// Package simulate is `denylint simulate`: an offline policy simulator
// that decides one request document, or a stream of them, with the iam
// engine.
package simulate

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/denylint/denylint/iam"
	"github.com/denylint/denylint/source"
)

const usage = "usage: denylint simulate [--format text|json] [--batch] FILE|-"

// Main runs the subcommand. It exits 0 whatever the decision, 2 on bad
// input or usage.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("simulate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	batch := fs.Bool("batch", false, "read one JSON request per line and write one result per line")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 || (*format != "text" && *format != "json") {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	name, data, dir, err := readInput(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintf(stderr, "denylint simulate: %v\n", err)
		return 2
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *batch {
		return runBatch(name, data, dir, *format, w, stderr)
	}
	doc, d := parseDocument(name, data, source.Pos{})
	if d != nil {
		fmt.Fprintln(stderr, d.Error())
		return 2
	}
	req, d := ReadRequest(doc, dir)
	if d != nil {
		fmt.Fprintln(stderr, d.Error())
		return 2
	}
	write(w, *format, iam.Decide(req))
	return 0
}

func readInput(arg string, stdin io.Reader) (name string, data []byte, dir string, err error) {
	if arg == "-" {
		data, err = io.ReadAll(stdin)
		return "<stdin>", data, ".", err
	}
	data, err = os.ReadFile(arg)
	if err != nil {
		return "", nil, "", fmt.Errorf("read request: %w", err)
	}
	return arg, data, filepath.Dir(arg), nil
}

// parseDocument reads JSON with exact positions, and YAML otherwise.
func parseDocument(name string, data []byte, base source.Pos) (*source.Node, *source.Diagnostic) {
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return source.ParseJSON(name, data, base)
	}
	return parseYAML(name, data)
}

// runBatch decides each JSON line; a bad line is reported and the others
// still run.
func runBatch(name string, data []byte, dir, format string, w io.Writer, stderr io.Writer) int {
	code := 0
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		doc, d := source.ParseJSON(name, line, source.Pos{Line: i + 1, Column: 1})
		var req *iam.Request
		if d == nil {
			req, d = ReadRequest(doc, dir)
		}
		if d != nil {
			fmt.Fprintln(stderr, d.Error())
			code = 2
			continue
		}
		write(w, format, iam.Decide(req))
	}
	return code
}
