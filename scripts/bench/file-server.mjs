// The same chapter HTML served as a file by node:http, in its own process:
// the floor that no framework can beat.
import fs from 'node:fs'
import http from 'node:http'

const [file, port] = process.argv.slice(2)
http
  .createServer((request, response) => {
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(500).end()
        return
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      response.end(body)
    })
  })
  .listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'))
