-- wrk script for bench/search: each request asks the next address of a list, from the top,
-- instead of one address over and over (wrapping round only if the list runs out).
--   wrk -t1 -c64 -d10s --latency -s bench/paths.lua http://127.0.0.1:PORT -- PATH_FILE
-- One wrk thread (-t1): a second thread would walk the same list and ask every address twice.

function init(args)
   if not args[1] then
      error("usage: wrk -t1 ... -s paths.lua URL -- PATH_FILE")
   end
   paths = {}
   for line in io.lines(args[1]) do
      if line ~= "" then
         paths[#paths + 1] = line
      end
   end
   if #paths == 0 then
      error("no paths in " .. args[1])
   end
   at = 0
end

function request()
   at = at % #paths + 1
   return wrk.format("GET", paths[at], { ["Accept-Encoding"] = "gzip" })
end
