package loader

import (
	"github.com/denylint/denylint/loader/cloudformation"
	"github.com/denylint/denylint/loader/tfplan"
	"github.com/denylint/denylint/source"
)

// document is a YAML or JSON file read, recognised and, when it is a
// template, staged: the part of loading that needs no other file.
type document struct {
	file string
	diag *source.Diagnostic
	// plan holds the text of a Terraform plan, which is loaded when it
	// joins: it replaces what the Terraform loader made of its folder.
	plan     []byte
	template *cloudformation.Staged
}

func readDocument(file string, opts Options) *document {
	d := &document{file: file}
	data, diag := readLimited(file)
	switch {
	case diag != nil:
		d.diag = diag
	case tfplan.Detect(data):
		d.plan = data
	case cloudformation.Detect(data):
		d.template = cloudformation.Stage(file, data, opts.CloudFormation)
	}
	return d
}

// join adds the document to the run's estate; it reports whether the
// file was infrastructure.
func (d *document) join(res *Result, estate *cloudformation.Estate, opts Options) bool {
	switch {
	case d.diag != nil:
		res.Diagnostics = append(res.Diagnostics, *d.diag)
	case d.plan != nil:
		res.Diagnostics = append(res.Diagnostics, tfplan.Load(res.Env, d.file, d.plan, opts.Terraform)...)
	case d.template != nil:
		res.Diagnostics = append(res.Diagnostics, d.template.Join(estate)...)
	default:
		return false
	}
	return true
}

// loadDocuments loads the files in order on workers cores: each file is
// read and staged on any of them, then joins the estate in file order, so
// the estate is what loading one file after another gives. first runs
// while the workers start: the Terraform part, which comes before.
func loadDocuments(res *Result, files []string, opts Options, workers int, first func()) {
	estate := cloudformation.NewEstate(res.Env)
	if workers <= 1 || len(files) < 2 {
		first()
		for _, f := range files {
			if readDocument(f, opts).join(res, estate, opts) {
				res.Files++
			}
		}
		return
	}
	p := stageAll(files, opts, workers)
	first()
	for i := range files {
		if p.take(i).join(res, estate, opts) {
			res.Files++
		}
	}
}

// windowPerWorker bounds how many files per worker may wait, staged, to
// join: their trees are held until then.
const windowPerWorker = 8

// pipeline delivers each file's document, read on some worker.
type pipeline struct {
	docs   []chan *document
	window chan struct{}
}

// stageAll starts reading the files on workers goroutines.
func stageAll(files []string, opts Options, workers int) *pipeline {
	p := &pipeline{docs: make([]chan *document, len(files)), window: make(chan struct{}, workers*windowPerWorker)}
	for i := range p.docs {
		p.docs[i] = make(chan *document, 1)
	}
	jobs := make(chan int)
	go func() {
		defer close(jobs)
		for i := range files {
			p.window <- struct{}{}
			jobs <- i
		}
	}()
	for range workers {
		go func() {
			for i := range jobs {
				p.docs[i] <- readDocument(files[i], opts)
			}
		}()
	}
	return p
}

// take waits for the document of file i, which must be taken in order.
func (p *pipeline) take(i int) *document {
	d := <-p.docs[i]
	<-p.window
	return d
}
