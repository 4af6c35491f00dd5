package modelcache

import "time"

// progressEvery is the most often progress is reported.
const progressEvery = 250 * time.Millisecond

// Progress is how far a Fetch is.
type Progress struct {
	Repo        string
	File        string        // the file being downloaded or waited on; "" at the end
	Done, Total int64         // bytes of the whole model present, and needed
	BytesPerSec float64       // download rate of this fetch so far
	Remaining   time.Duration // at that rate; 0 when unknown
	Cached      bool          // the model was in the cache: nothing was downloaded
}

// reporter computes a fetch's Progress; only the fetch's goroutine uses it.
type reporter struct {
	fn     func(Progress)
	repo   string
	total  int64
	done   int64 // bytes of the files finished
	cached bool

	file    string
	cur     *download
	base    int64 // cur.fetched when this fetch began following it
	fetched int64 // bytes received for this fetch over the files finished

	start, last time.Time
}

func newReporter(repo string, fn func(Progress)) *reporter {
	return &reporter{fn: fn, repo: repo, start: time.Now()}
}

// skip counts a file that was in the cache already.
func (r *reporter) skip(size int64) { r.done += size }

// begin follows a download.
func (r *reporter) begin(file string, d *download) {
	r.file, r.cur, r.base = file, d, d.fetched.Load()
}

// end stops following d; size is the file's size once it is complete, 0 when it failed.
func (r *reporter) end(d *download, size int64) {
	r.fetched += d.fetched.Load() - r.base
	r.done += size
	r.cur = nil
}

// report calls the callback, unless force is false and it was called less than progressEvery ago.
func (r *reporter) report(force bool) {
	now := time.Now()
	if r.fn == nil || !force && now.Sub(r.last) < progressEvery {
		return
	}
	r.last = now
	p := Progress{Repo: r.repo, File: r.file, Done: r.done, Total: r.total, Cached: r.cached}
	fetched := r.fetched
	if r.cur != nil {
		p.Done += r.cur.present.Load()
		fetched += r.cur.fetched.Load() - r.base
	}
	if secs := now.Sub(r.start).Seconds(); secs > 0 && fetched > 0 {
		p.BytesPerSec = float64(fetched) / secs
		p.Remaining = time.Duration(float64(max(p.Total-p.Done, 0)) / p.BytesPerSec * float64(time.Second))
	}
	r.fn(p)
}

// finish reports the fetch complete.
func (r *reporter) finish() {
	r.file, r.done = "", r.total
	r.cached = r.cached || r.fetched == 0
	r.report(true)
}
