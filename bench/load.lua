-- wrk script for bench/scale: a fixed number of requests cycling through a list of URLs, each
-- asked for without and with "Accept-Encoding: gzip", instead of wrk's usual fixed duration.
--   wrk -t2 -c256 -d300s -s bench/load.lua http://127.0.0.1:PORT -- URL_FILE TOTAL THREADS DONE
-- URL_FILE holds one path a line (/publications?year=2020); TOTAL requests are shared equally by
-- the THREADS threads (the same number as -t), each of which stops once it has its share of
-- responses and then creates the file DONE-<thread number>. wrk itself still waits for -d to
-- pass, so whoever runs it sends it SIGINT once all those files exist (it then prints its
-- summary at once); -d is the limit when the server is too slow. wrk's summary reports the
-- requests actually done, non-2xx/3xx responses and socket errors.

local threads = 0

function setup(thread)
   threads = threads + 1
   thread:set("id", threads)
end

function init(args)
   local file, total, count = args[1], tonumber(args[2]), tonumber(args[3])
   done_file = args[4]
   if not file or not total or not count or not done_file then
      error("usage: wrk ... -s load.lua URL -- URL_FILE TOTAL THREADS DONE")
   end
   requests = {}
   for line in io.lines(file) do
      if line ~= "" then
         requests[#requests + 1] = wrk.format("GET", line)
         requests[#requests + 1] = wrk.format("GET", line, { ["Accept-Encoding"] = "gzip" })
      end
   end
   if #requests == 0 then
      error("no URLs in " .. file)
   end
   limit = math.ceil(total / count)
   received = 0
   -- threads start at different places in the list, so they do not ask for the same page at once
   next_index = ((id or 1) - 1) * math.floor(#requests / count)
end

function request()
   next_index = next_index % #requests + 1
   return requests[next_index]
end

function response(status, headers, body)
   received = received + 1
   if received == limit then
      local marker = io.open(done_file .. "-" .. (id or 1), "w")
      if marker then marker:close() end
      wrk.thread:stop()
   end
end
