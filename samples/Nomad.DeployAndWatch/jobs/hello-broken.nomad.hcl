# hello, a broken build: the canary crashes, the deployment fails and Nomad rolls back (auto_revert).
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
        image = "hashicorp/http-echo:1.2-broken"
        args  = ["-text", "hello from v1.2"]
        ports = ["http"]
      }

      resources {
        cpu    = 100
        memory = 64
      }
    }
  }
}
