// Package loader finds the infrastructure files under the scanned paths and
// hands each to the loader its content calls for, filling one estate.
package loader

import (
	"errors"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/denylint/denylint/loader/cloudformation"
	"github.com/denylint/denylint/loader/terraform"
	"github.com/denylint/denylint/model"
	"github.com/denylint/denylint/source"
)

// MaxFileSize bounds what one file may weigh; larger files are reported and
// skipped, so a stray data file cannot exhaust memory.
const MaxFileSize = source.MaxFileSize

// Options carry each format's settings.
type Options struct {
	Terraform      terraform.Options
	CloudFormation cloudformation.Options
	// Exclude holds glob patterns (path.Match syntax, matched against the
	// slash path and each of its base names) of paths to skip.
	Exclude []string
}

// Result is what loading produced.
type Result struct {
	Env         *model.Env
	Diagnostics []source.Diagnostic
	// Files counts the files that were read as infrastructure.
	Files int
}

// Load reads every path (a file or a folder, walked recursively) into one
// estate. Problems with the input are diagnostics; only an unusable path
// argument makes an error.
func Load(paths []string, opts Options) (*Result, error) {
	return load(paths, opts, runtime.GOMAXPROCS(0))
}

// load reads the YAML and JSON documents on workers cores; tests compare
// one worker with several.
func load(paths []string, opts Options, workers int) (*Result, error) {
	res := &Result{Env: model.New()}
	var tf, other []string
	for _, p := range paths {
		found, err := walk(p, opts.Exclude, &res.Diagnostics)
		if err != nil {
			return nil, err
		}
		for _, f := range found {
			if isTerraform(f) {
				tf = append(tf, f)
			} else {
				other = append(other, f)
			}
		}
	}
	tf, other = unique(tf), unique(other)
	loadDocuments(res, other, opts, workers, func() {
		if len(tf) > 0 {
			res.Diagnostics = append(res.Diagnostics, terraform.Load(res.Env, tf, opts.Terraform)...)
			res.Files += countTF(tf)
		}
	})
	return res, nil
}

func readLimited(file string) ([]byte, *source.Diagnostic) {
	data, err := source.ReadFile(file, MaxFileSize)
	switch {
	case errors.Is(err, source.ErrTooLarge):
		return nil, &source.Diagnostic{Severity: source.Error, Summary: "file too large",
			Detail: err.Error() + "; exclude it or split it", Range: fileStart(file)}
	case err != nil:
		return nil, &source.Diagnostic{Severity: source.Error, Summary: "cannot read file", Detail: err.Error(), Range: fileStart(file)}
	}
	return data, nil
}

// fileStart is where a diagnostic about a whole file or path points.
func fileStart(file string) source.Range {
	return source.Range{File: file, Start: source.Pos{Line: 1, Column: 1}, End: source.Pos{Line: 1, Column: 1}}
}

func isTerraform(f string) bool {
	for _, ext := range []string{".tf", ".tf.json", ".tfvars", ".tfvars.json"} {
		if strings.HasSuffix(f, ext) {
			return true
		}
	}
	return false
}

func isDocument(f string) bool {
	switch strings.ToLower(filepath.Ext(f)) {
	case ".yaml", ".yml", ".json", ".template":
		return true
	}
	return false
}

// countTF counts configuration files, not variable files.
func countTF(files []string) int {
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".tf") || strings.HasSuffix(f, ".tf.json") {
			n++
		}
	}
	return n
}

func unique(in []string) []string {
	sort.Strings(in)
	out := in[:0]
	for i, s := range in {
		if i == 0 || s != in[i-1] {
			out = append(out, s)
		}
	}
	return out
}

func excluded(p string, patterns []string) bool {
	slash := filepath.ToSlash(p)
	for _, pat := range patterns {
		if ok, _ := filepath.Match(pat, slash); ok {
			return true
		}
		if ok, _ := filepath.Match(pat, filepath.Base(p)); ok {
			return true
		}
		if strings.HasPrefix(slash, strings.TrimSuffix(pat, "/")+"/") {
			return true
		}
	}
	return false
}
