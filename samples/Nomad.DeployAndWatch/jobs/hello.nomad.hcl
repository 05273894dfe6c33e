# hello, version 1.1: a web service rolled out with one canary, promoted once it is healthy.
job "hello" {
  datacenters = ["dc1"]
  type        = "service"

  update {
    max_parallel     = 1
    canary           = 1
    min_healthy_time = "10s"
    healthy_deadline = "5m"
    auto_revert      = true
  }

  group "web" {
    count = 3

    network {
      port "http" {
        to = 5678
      }
    }

    service {
      name = "hello"
      port = "http"
    }

    task "server" {
      driver = "docker"

      config {
        image = "hashicorp/http-echo:1.1"
        args  = ["-text", "hello from v1.1"]
        ports = ["http"]
      }

      resources {
        cpu    = 100
        memory = 64
      }
    }
  }
}
