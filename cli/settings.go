package cli

import (
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/denylint/denylint/config"
	"github.com/denylint/denylint/source"
)

// settings are the flags with the config file folded in; a flag the user
// typed wins over the file.
type settings struct {
	*lintFlags
	cfg *config.File
	// configDiags are the config's warnings, reported with the input's.
	configDiags []source.Diagnostic
}

// loadConfig reads --config, or the .denylint.yaml found upward from the
// first scanned path. A config with errors stops the run: its settings
// cannot be trusted.
func loadConfig(f *lintFlags, paths []string) (*config.File, []source.Diagnostic, error) {
	path := f.config
	if path == "" && !f.noConfig {
		start := paths[0]
		if st, err := os.Stat(start); err == nil && !st.IsDir() {
			start = filepath.Dir(start)
		}
		found, err := config.Find(start)
		if err != nil {
			return nil, nil, err
		}
		path = found
	}
	if path == "" {
		return &config.File{}, nil, nil
	}
	return config.Read(path)
}

// merge folds the config into the flags the user did not set.
func merge(fs *flag.FlagSet, f *lintFlags, cfg *config.File) *settings {
	set := map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { set[fl.Name] = true })
	if !set["severity-threshold"] && cfg.SeverityThreshold != "" {
		f.threshold = cfg.SeverityThreshold
	}
	if !set["baseline"] && cfg.Baseline != "" {
		f.baseline = cfg.Resolve(cfg.Baseline)
	}
	f.vars = overlay(cfg.Terraform.Vars, f.vars)
	f.params = overlay(cfg.CloudFormation.Params, f.params)
	// Later files win, so the config's come first.
	f.varFiles = append(resolveAll(cfg, cfg.Terraform.VarFiles), f.varFiles...)
	f.paramFiles = append(resolveAll(cfg, cfg.CloudFormation.ParamFiles), f.paramFiles...)
	f.ruleDirs = append(resolveAll(cfg, cfg.Rules.Dirs), f.ruleDirs...)
	f.exclude = append(excludes(cfg), f.exclude...)
	return &settings{lintFlags: f, cfg: cfg}
}

func overlay(base map[string]string, top keyValues) keyValues {
	out := keyValues{}
	for k, v := range base {
		out[k] = v
	}
	for k, v := range top {
		out[k] = v
	}
	return out
}

func resolveAll(cfg *config.File, paths []string) list {
	out := make(list, 0, len(paths))
	for _, p := range paths {
		out = append(out, cfg.Resolve(p))
	}
	return out
}

// excludes makes the config's patterns that name a folder relative to the
// config's own folder, as its author wrote them; a bare name (vendor,
// *.generated.tf) matches anywhere. The loader matches patterns against
// paths as they are walked, relative or absolute as the user named the
// scanned folder, so a folder pattern is given in both forms.
func excludes(cfg *config.File) list {
	var bases []string
	if cfg.Path != "" {
		dir := filepath.Dir(cfg.Path)
		if rel, err := relToWD(dir); err == nil {
			bases = append(bases, rel)
		}
		if abs, err := filepath.Abs(dir); err == nil {
			bases = append(bases, abs)
		}
	}
	out := make(list, 0, len(cfg.Exclude))
	for _, p := range cfg.Exclude {
		if !strings.Contains(p, "/") || strings.HasPrefix(p, "/") || len(bases) == 0 {
			out = append(out, p)
			continue
		}
		for _, b := range bases {
			out = append(out, path.Join(filepath.ToSlash(b), p))
		}
	}
	return out
}

func relToWD(dir string) (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working directory: %w", err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("config folder: %w", err)
	}
	return filepath.Rel(wd, abs)
}
