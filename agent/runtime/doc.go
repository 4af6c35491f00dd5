// Package runtime runs the containers of the jobs a provider agent was awarded: it creates a
// hardened Docker container per deployment, keeps it healthy (restarting it a bounded number of
// times), adopts the containers it finds after an agent restart, removes those of ended jobs and
// reports how long each container ran so the agent can meter GPU-seconds.
//
// Each job round gets a network of its own (NetworkJob): the container reaches nothing but the
// host's own addresses, and the agent reaches its service at the container's address there. Root
// in the image is refused, image VOLUMEs become bounded tmpfs mounts, and image references to
// private registries are refused (ErrRefused marks what is the job's fault).
//
// Containers are found again through their labels (agent id, job id, round, attempt), never
// through state kept in memory only: a restarted agent calls [Runtime.Reattach] and carries on.
//
// The tests run real containers: they need a Docker Engine (scripts/dockerd.sh starts one) and
// fail, saying so, without it.
package runtime
